import yaml from 'js-yaml';

export interface SplitFile {
  data: unknown;
  body: string;
  /** Line of the file on which the body starts (1-based). */
  bodyLine: number;
  /** Set when the YAML could not be read. */
  error?: { line?: number; message: string };
}

const fence = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into YAML front matter and body, the way Astro reads it (js-yaml, but dates kept as text). */
export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '');
  const match = fence.exec(text);
  if (!match) {
    return { data: undefined, body: text, bodyLine: 1, error: { line: 1, message: 'the file must start with front matter between two lines of ---' } };
  }
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  const body = text.slice(match[0].length);
  const parsed = parseYaml(match[1] ?? '');
  return { ...parsed, body, bodyLine, ...(parsed.error ? { error: { ...parsed.error, line: (parsed.error.line ?? 0) + 1 } } : {}) };
}

export function parseYaml(source: string): { data: unknown; error?: { line?: number; message: string } } {
  try {
    // No timestamp type: js-yaml would roll 2025-13-01 over into 2026-01-01; as text, the schema catches it.
    return { data: yaml.load(source, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return { data: undefined, error: { line: error.mark.line + 1, message: `YAML cannot be read: ${error.reason}` } };
    }
    throw error;
  }
}
