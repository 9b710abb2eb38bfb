/**
 * What a line of a `powershell` block may be, so that prose pasted into a code block fails the content test.
 * content/README.md: code lines are only commands, pipelines, variables or `#` comments.
 */

// PowerShell's approved verbs (Get-Verb); a cmdlet name is `Verb-Noun` with one of these.
const approvedVerbs = [
  'Add', 'Clear', 'Close', 'Copy', 'Enter', 'Exit', 'Find', 'Format', 'Get', 'Hide', 'Join', 'Lock', 'Move', 'New',
  'Open', 'Optimize', 'Pop', 'Push', 'Redo', 'Remove', 'Rename', 'Reset', 'Resize', 'Search', 'Select', 'Set', 'Show',
  'Skip', 'Split', 'Step', 'Switch', 'Undo', 'Unlock', 'Watch', 'Connect', 'Disconnect', 'Read', 'Receive', 'Send',
  'Write', 'Backup', 'Checkpoint', 'Compare', 'Compress', 'Convert', 'ConvertFrom', 'ConvertTo', 'Dismount', 'Edit',
  'Expand', 'Export', 'Group', 'Import', 'Initialize', 'Limit', 'Merge', 'Mount', 'Out', 'Publish', 'Restore', 'Save',
  'Sync', 'Unpublish', 'Update', 'Approve', 'Assert', 'Build', 'Complete', 'Confirm', 'Deny', 'Deploy', 'Disable',
  'Enable', 'Install', 'Invoke', 'Register', 'Request', 'Restart', 'Resume', 'Start', 'Stop', 'Submit', 'Suspend',
  'Uninstall', 'Unregister', 'Wait', 'Debug', 'Measure', 'Ping', 'Repair', 'Resolve', 'Test', 'Trace', 'Block',
  'Grant', 'Protect', 'Revoke', 'Unblock', 'Unprotect', 'Use',
];
// The *-Object cmdlets predate the approved list and keep their own verbs.
const cmdlet = new RegExp(`^\\s*(?:(?:${approvedVerbs.join('|')})-[A-Z][A-Za-z0-9]*|(?:ForEach|Where|Sort|Tee)-Object)\\b`);
// `$x = …` or `$x | …`: a variable assigned, or fed into a pipeline.
const variable = /^\s*\$[A-Za-z_]\w*(?:\.\w+)*\s*(?:=|\|)/;

/** Net count of open brackets on a line, ignoring quoted strings, where brackets are just text. */
function bracketDelta(line: string): number {
  const code = line.replace(/"[^"]*"|'[^']*'/g, '""');
  return (code.match(/[{([]/g)?.length ?? 0) - (code.match(/[})\]]/g)?.length ?? 0);
}

/**
 * The lines of one `powershell` block that are not code: anything other than a blank line, a `#` comment, an
 * approved-verb cmdlet, a variable assignment or a variable piped on, a line starting with `|`, a line after one
 * that ends in `|` or a backtick (a continued command), or a closing bracket of a construct opened above it.
 */
export function nonCommandLines(block: string): string[] {
  const bad: string[] = [];
  let previous = '';
  let depth = 0;
  for (const line of block.replace(/\n$/, '').split('\n')) {
    const text = line.trim();
    const continued = /[|`]\s*$/.test(previous);
    const ok = text === '' || text.startsWith('#') || text.startsWith('|') || continued
      || cmdlet.test(line) || variable.test(line) || (depth > 0 && /^[})\]]/.test(text));
    if (!ok) bad.push(line);
    depth += bracketDelta(line);
    previous = line;
  }
  return bad;
}
