/** One problem found in the content, phrased so an author can fix it without reading code. */
export interface ContentIssue {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** Frontmatter field or location (`body line 12`) the problem is in. */
  field: string;
  /** What the build found, already quoted where it is a value. */
  found: string;
  /** What the build expected instead. */
  expected: string;
  /** What to do about it. */
  hint: string;
}

/** Formats one issue as a single readable block: file and field first, then found/expected, then the hint. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file} → ${issue.field}: found ${issue.found}, expected ${issue.expected}.\n  Hint: ${issue.hint}`;
}

/**
 * Error thrown when content fails validation. Carries every issue found, so one build run reports all of
 * them instead of one per run.
 */
export class ContentValidationError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`The guide content has ${count} and was not built:\n\n${issues.map(formatIssue).join('\n\n')}\n`);
    this.name = 'ContentValidationError';
    this.issues = issues;
  }

  /**
   * Astro appends a hint about browser APIs to any error whose string form mentions "window" or "document",
   * which content easily does (a heading "Using Windows PowerShell"). The summary line keeps that hint away;
   * the message itself still lists every issue.
   */
  override toString(): string {
    return `${this.name}: ${this.issues.length} content problem(s)`;
  }
}

/** Throws a {@link ContentValidationError} if any issues were found. */
export function assertNoIssues(issues: ContentIssue[]): void {
  if (issues.length > 0) throw new ContentValidationError(issues);
}

/** Quotes a value for a message the way Astro's own errors do. */
export function quote(value: unknown): string {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}
