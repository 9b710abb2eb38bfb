import { describe, expect, it } from 'vitest';
import { parseBinderArgs } from '../scripts/binder/args.ts';

describe('npm run binder arguments', () => {
  it('defaults to A4, every phase, the binder/ folder', () => {
    expect(parseBinderArgs([])).toEqual({ paper: 'a4', phases: [], outDir: 'binder', build: 'auto' });
  });

  it('reads paper, sorted phases, output folder and --build', () => {
    expect(parseBinderArgs(['--paper', 'Letter', '--phases', '6, 4', '--out', 'out', '--build'])).toEqual({ paper: 'letter', phases: [4, 6], outDir: 'out', build: 'always' });
  });

  it('--no-build prints from dist/ as it is', () => {
    expect(parseBinderArgs(['--no-build']).build).toBe('never');
  });

  it('errors on an unknown paper size', () => {
    expect(() => parseBinderArgs(['--paper', 'a3'])).toThrowErrorMatchingInlineSnapshot(`[Error: --paper: found \`a3\`, expected \`a4\` or \`letter\`. Hint: npm run binder -- --paper letter]`);
  });

  it('errors on a phase that is not a number', () => {
    expect(() => parseBinderArgs(['--phases', '4,six'])).toThrowErrorMatchingInlineSnapshot(`[Error: --phases: found \`six\`, expected phase numbers separated by commas. Hint: npm run binder -- --phases 4,6]`);
  });
});
