import { parseArgs } from 'node:util';

/** Paper sizes the binder is laid out for. */
export const papers = { a4: 'A4', letter: 'Letter' } as const;
export type Paper = keyof typeof papers;

/** What `npm run binder -- …` was asked to do. */
export interface BinderOptions {
  paper: Paper;
  /** Phase numbers to print; empty means the whole guide plus every phase. */
  phases: number[];
  /** Folder the PDFs are written to. */
  outDir: string;
  /**
   * `auto`: build only if dist/ is missing or older than content/ and src/; `always` (`--build`); `never`
   * (`--no-build`), for a dist/ that something else has just built and serves, such as the end-to-end tests.
   */
  build: 'auto' | 'always' | 'never';
}

export const usage = `Usage: npm run binder -- [--paper a4|letter] [--phases 4,6] [--out binder] [--build | --no-build]

Writes the whole-guide binder and one PDF per phase (or only the phases given, plus a binder of just those).`;

/**
 * Reads the command line; a bad value stops with what was found, what was expected and a hint.
 *
 * @example parseBinderArgs(['--paper', 'letter', '--phases', '4,6']) // { paper: 'letter', phases: [4, 6], … }
 */
export function parseBinderArgs(argv: string[]): BinderOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      paper: { type: 'string', default: 'a4' },
      phases: { type: 'string', default: '' },
      out: { type: 'string', default: 'binder' },
      build: { type: 'boolean' },
    },
    strict: true,
    allowNegative: true,
  });
  const paper = values.paper.toLowerCase();
  if (!(paper in papers)) {
    throw new Error(`--paper: found \`${values.paper}\`, expected \`a4\` or \`letter\`. Hint: npm run binder -- --paper letter`);
  }
  const parts = values.phases.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = parts.find((p) => !/^[1-9]\d*$/.test(p));
  if (bad !== undefined) {
    throw new Error(`--phases: found \`${bad}\`, expected phase numbers separated by commas. Hint: npm run binder -- --phases 4,6`);
  }
  return { paper: paper as Paper, phases: [...new Set(parts.map(Number))].sort((a, b) => a - b), outDir: values.out, build: values.build === undefined ? 'auto' : values.build ? 'always' : 'never' };
}
