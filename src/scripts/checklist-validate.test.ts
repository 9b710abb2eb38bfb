import { describe, expect, it } from 'vitest';
import { checkSteps, parseRecord, recordFormat } from './checklist-validate.ts';

const expected = { revision: 'abc1234', pages: new Set(['phase-4', 'phase-5']) };
const tick = { page: 'phase-4', stepId: 'move/step-1', phase: 'Phase 4', section: 'Move', text: 'Open it', tickedAt: '2026-11-25T10:00:00.000Z', initials: 'PR' };
const record = (extra: Record<string, unknown> = {}) => JSON.stringify({ format: recordFormat, version: 1, revision: 'abc1234', base: '/', exportedAt: '2026-11-25T11:00:00.000Z', scope: 'all', ticks: [tick], ...extra });
const message = (text: string) => {
  const result = parseRecord(text, expected, 'record.json');
  return result.ok ? 'accepted' : result.message;
};

describe('parseRecord', () => {
  it('accepts a record exported from the same revision', () => {
    expect(message(record())).toBe('accepted');
  });

  it('refuses a file that is not JSON', () => {
    expect(message('step id,phase\n')).toMatchInlineSnapshot(`"\`record.json\` is not a change record: it is not valid JSON (Unexpected token 's', "step id,phase\n" is not valid JSON). Nothing was imported; the ticks already in this browser are unchanged. Hint: choose the .json file the Export buttons saved; CSV exports cannot be imported."`);
  });

  it('refuses JSON that is not a change record', () => {
    expect(message('{"name":"x"}')).toMatchInlineSnapshot(`"\`record.json\` is not a change record of this runbook: \`format\` is missing, expected \`lync-runbook-change-record\`. Nothing was imported; the ticks already in this browser are unchanged."`);
  });

  it('refuses a record from another guide revision', () => {
    expect(message(record({ revision: 'def5678' }))).toMatchInlineSnapshot(`"\`record.json\` was exported from guide revision \`def5678\`, but this site is revision \`abc1234\`. Steps can change between revisions, so ticks cannot be carried across. Nothing was imported; the ticks already in this browser are unchanged. Hint: import it on the site built from that revision, or tick the steps again here."`);
  });

  it('names each broken field of each tick', () => {
    const bad = record({ ticks: [{ ...tick, page: 'phase-9', tickedAt: 'yesterday' }, 'x'] });
    expect(message(bad)).toMatchInlineSnapshot(`"\`record.json\` is not a valid change record: ticks[0].page: expected a page of this guide, received \`phase-9\`; ticks[0].tickedAt: expected an ISO 8601 date-time, received \`yesterday\`; ticks[1]: expected an object, received \`x\`. Nothing was imported; the ticks already in this browser are unchanged."`);
  });
});

describe('checkSteps', () => {
  const parsed = (ticks: unknown[]) => {
    const result = parseRecord(record({ ticks }), expected, 'record.json');
    if (!result.ok) throw new Error(result.message);
    return result.record;
  };
  const steps = new Map([['phase-4', new Set(['move/step-1', 'move/verify-1'])]]);

  it('accepts ticks of steps their page has', () => {
    expect(checkSteps(parsed([tick, { ...tick, stepId: 'move/verify-1' }]), steps, 'record.json')).toEqual({ ok: true, unchecked: [] });
  });

  it('refuses a well-formed step id its page does not have, naming it and the page', () => {
    const result = checkSteps(parsed([tick, { ...tick, stepId: 'move/step-99' }, { ...tick, stepId: 'gone/verify-2' }]), steps, 'record.json');
    expect(result).toEqual({
      ok: false,
      message:
        '`record.json` names steps this guide revision does not have: ticks[1].stepId: found `move/step-99`, expected a step of `phase-4`; ticks[2].stepId: found `gone/verify-2`, expected a step of `phase-4`. ' +
        'Nothing was imported; the ticks already in this browser are unchanged. Hint: the file may have been edited by hand; export the record again from the browser where the steps were ticked.',
    });
  });

  it('reports pages whose steps could not be read instead of guessing', () => {
    const other = { ...tick, page: 'phase-5', stepId: 'edge/step-4' };
    expect(checkSteps(parsed([tick, other]), new Map([...steps, ['phase-5', undefined]]), 'record.json')).toEqual({ ok: true, unchecked: ['phase-5'] });
  });
});
