/** One thing wrong in one content file, as a contributor reads it. */
export interface Problem {
  /** Path from the repository root: content/practices/x.mdx. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Field path (region, themes[1], indicators[0].source) or "body" / "file". */
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`;
}

/** Files in path order, then by line, so a contributor reads a file top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
