/** A problem found in content/: which file, which entry, which field, and what is wrong. */
export interface ContentIssue {
  /** Path relative to the project root, e.g. `content/events/2021-06-12-aghdam.json`. */
  file: string;
  /** Id of the entry (file name without extension, or a dataset row's key). */
  entry: string;
  /** Field path inside the entry, e.g. `sources[0]` or `rows[3].ap_mines`; empty for the whole file. */
  field: string;
  /** What is wrong, in words an editor understands. */
  message: string;
}

/** One line per issue: `file › entry "id" › field "path": message`. */
export function formatIssue(issue: ContentIssue): string {
  const field = issue.field ? ` › field "${issue.field}"` : '';
  return `${issue.file} › entry "${issue.entry}"${field}: ${issue.message}`;
}

/** Thrown when content is invalid; its message lists every issue. */
export class InvalidContentError extends Error {
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    super(
      `Content has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was published:\n` +
        issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'InvalidContentError';
    this.issues = issues;
  }
}

/** Turns a zod-style issue path into `rows[3].ap_mines`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}
