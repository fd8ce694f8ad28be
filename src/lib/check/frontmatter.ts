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

/** Thrown from js-yaml's listener at the first anchor (&name): contributors never need one, and aliases to it can multiply a small file a million times. */
class AnchorRefused extends Error {
  readonly line: number;
  constructor(line: number) {
    super('anchor');
    this.line = line;
  }
}

/** Nesting deeper than any field of the contract needs; deeper YAML is refused before anything walks it. */
const maxYamlDepth = 32;

export function parseYaml(source: string): { data: unknown; error?: { line?: number; message: string } } {
  try {
    // No timestamp type: js-yaml would roll 2025-13-01 over into 2026-01-01; as text, the schema catches it.
    // maxDepth is js-yaml 4.3's own bound; its type declarations predate it.
    const options: yaml.LoadOptions & { maxDepth: number } = {
      schema: yaml.CORE_SCHEMA,
      maxDepth: maxYamlDepth,
      // Decided from the parser's own events: a node that carries an anchor is refused, so no alias can expand.
      listener(event, state) {
        if (event === 'close' && (state as yaml.State & { anchor: string | null }).anchor !== null) throw new AnchorRefused(state.line + 1);
      },
    };
    return { data: yaml.load(source, options) };
  } catch (error) {
    if (error instanceof AnchorRefused) {
      return { data: undefined, error: { line: error.line, message: 'YAML anchors and aliases (&name, *name) are not allowed: write each value out in full' } };
    }
    if (error instanceof yaml.YAMLException) {
      const reason = error.reason.startsWith('nesting exceeded') ? `nested more than ${maxYamlDepth} levels deep` : error.reason;
      return { data: undefined, error: { line: error.mark.line + 1, message: `YAML cannot be read: ${reason.slice(0, 200)}` } };
    }
    if (error instanceof RangeError) return { data: undefined, error: { message: 'YAML cannot be read: it is nested too deeply' } };
    throw error;
  }
}
