import { describe, expect, it } from 'vitest';
import { toCsv } from './checklist-csv.ts';

const tick = { page: 'phase-4', stepId: 'move/step-1', phase: 'Phase 4: Move test users', section: 'Move a single user › Using Lync Server Control Panel', text: 'Run "Move-CsUser", then check', tickedAt: '2026-11-25T10:00:00.000Z', initials: 'PR' };

describe('toCsv', () => {
  it('writes a header row and quotes commas, quotes and the arrow-free text as RFC 4180 says', () => {
    expect(toCsv([tick])).toBe(
      '\uFEFFstep id,phase,section title,step text,ticked at,initials\r\n' +
        'move/step-1,Phase 4: Move test users,Move a single user › Using Lync Server Control Panel,"Run ""Move-CsUser"", then check",2026-11-25T10:00:00.000Z,PR\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv([{ ...tick, initials: '=HYPERLINK("x")' }]).split('\r\n')[1]).toMatch(/,"'=HYPERLINK\(""x""\)"$/);
  });
});
