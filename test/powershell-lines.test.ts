import { describe, expect, it } from 'vitest';
import { nonCommandLines } from '../e2e/support/powershell-lines.ts';

describe('nonCommandLines', () => {
  it('accepts the shapes the guide uses: cmdlets, comments, variables, pipelines and continuations', () => {
    const block = [
      '# Find the certificate imported from edge10',
      '$ext = Get-ChildItem Cert:\\LocalMachine\\My | Where-Object {$_.Subject -like "CN=sip*"}',
      'Set-CsCertificate -Type Internal -Thumbprint $ext.Thumbprint',
      '',
      'Get-CsUser -Filter {RegistrarPool -eq "pool10.corp.harbourline.example"} |',
      '    Select-Object DisplayName, SipAddress |',
      '    Export-Csv -Path "C:\\Migration\\users.csv" -NoTypeInformation',
      '$pilot | ForEach-Object { Move-CsUser -Identity $_.SipAddress -Target "pool13.corp.harbourline.example" }',
      'Test-CsIM -TargetFqdn "pool13.corp.harbourline.example" `',
      '    -SenderSipAddress "sip:priya.raman@harbourline.example"',
      'Get-CsPool | Sort-Object -Property Fqdn',
    ].join('\n');
    expect(nonCommandLines(block)).toEqual([]);
  });

  it('accepts a closing bracket only when a bracket above it is still open', () => {
    expect(nonCommandLines('Get-CsUser | ForEach-Object {\n    Get-CsClientPinInfo -Identity $_.SipAddress\n}')).toEqual([]);
    expect(nonCommandLines('Get-CsUser\n}')).toEqual(['}']);
  });

  it('rejects prose, unapproved verbs, stray parameters, hash literals and executables', () => {
    const lines = [
      'Then check that the pool is listed.',
      'Run Get-CsPool and read the output',
      'Check-CsPool -Identity "pool13.corp.harbourline.example"',
      '-Identity "sip:priya.raman@harbourline.example"',
      '@{Name = "x"}',
      'xcopy.exe \\\\fs10\\share \\\\fs13\\share /E',
      '$(Get-Date)',
    ];
    expect(nonCommandLines(lines.join('\n'))).toEqual(lines);
  });

  it('does not let a line ending in a bracket inside quotes open a construct', () => {
    expect(nonCommandLines('Write-Output "{"\n}')).toEqual(['}']);
  });
});
