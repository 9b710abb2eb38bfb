import { execFileSync } from 'node:child_process';

/** Which source revision a build came from, shown in the footer and on printed pages. */
export interface BuildInfo {
  /** Short commit hash, `GIT_REVISION` if set, or `unversioned` outside a git checkout. */
  revision: string;
  /** Build date as `YYYY-MM-DD` (UTC). */
  date: string;
}

let cached: BuildInfo | undefined;

/** Reads the revision once per build; the environment wins so CI or a packager can stamp a release. */
export function buildInfo(): BuildInfo {
  cached ??= {
    revision: process.env['GIT_REVISION']?.trim() || gitRevision(),
    date: (process.env['BUILD_DATE'] ?? new Date().toISOString()).slice(0, 10),
  };
  return cached;
}

function gitRevision(): string {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'content', 'src'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${rev}+local` : rev;
  } catch {
    return 'unversioned';
  }
}
