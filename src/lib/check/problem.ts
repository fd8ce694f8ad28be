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

/** Longest message printed: a hostile value must not fill a terminal or a CI log. */
const maxMessage = 600;

export function formatProblem(p: Problem): string {
  const message = p.message.length > maxMessage ? `${p.message.slice(0, maxMessage)}…` : p.message;
  const field = p.field.length > 120 ? `${p.field.slice(0, 120)}…` : p.field;
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${field}: ${message}`;
}

/** Files in path order, then by line, so a contributor reads a file top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
