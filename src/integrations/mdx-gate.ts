// The second gate: inside the MDX compile itself, on the tree of the parser that compiles
// (Sätteri), the same rules as the content check (lib/mdx-safety.ts). A file that never went
// through the check (guard switched off, a path the check did not list) still cannot put code
// into a page module: ESM, expressions, unknown tags and unsafe links stop the compile, and
// comment-only expressions are dropped so no expression reaches the compiler at all.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { nodeIssues, type SafetyNode } from '../lib/mdx-safety.ts';

/** Every mdast node type Sätteri's visitors can report (see satteri's MdastPluginInstance). */
const nodeTypes = [
  'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'html', 'code', 'definition', 'text',
  'emphasis', 'strong', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference', 'footnoteDefinition',
  'footnoteReference', 'table', 'tableRow', 'tableCell', 'delete', 'yaml', 'toml', 'math', 'inlineMath',
  'containerDirective', 'leafDirective', 'textDirective', 'superscript', 'subscript', 'descriptionList',
  'descriptionTerm', 'descriptionDetails', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression',
  'mdxTextExpression', 'mdxjsEsm', 'custom',
] as const;

type Visitor = (node: SafetyNode & { position?: { start: { line: number } } }, ctx: { removeNode(node: unknown): void }) => void;

/** Raised when a body would put code or a foreign address into a page; Astro reports it with the file. */
export class UnsafeMdxError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(`${file}: this MDX body cannot be compiled: content is data, never code.\n${problems.map((p) => `  ${p}`).join('\n')}\nRun npm run check for every problem with its fix.`);
    this.name = 'UnsafeMdxError';
  }
}

/** Front matter keys the MDX compiler would turn into code (a layout is imported as a module). */
const codeKeys = ['layout'];

/** A Sätteri mdast plugin, made per compile (the problems of one file). */
export function mdxGate(): MdastPluginDefinition {
  const problems: string[] = [];
  let file = 'an MDX file';
  const visit: Visitor = (node, ctx) => {
    const { messages } = nodeIssues(node);
    const line = node.position?.start.line;
    for (const message of messages) problems.push(`${line ? `line ${line}: ` : ''}${message}`);
    if (!messages.length && (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')) ctx.removeNode(node);
  };
  const visitors = Object.fromEntries(nodeTypes.map((type) => [type, visit]));
  return {
    name: 'atlas:mdx-gate',
    options: { position: true },
    before(_root, ctx) {
      if (ctx.fileURL) file = fileURLToPath(ctx.fileURL);
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
      for (const key of codeKeys) if (key in frontmatter) problems.push(`front matter: ${key} is not a field of the contract, and the compiler would load it as code`);
    },
    ...visitors,
    after() {
      if (problems.length) throw new UnsafeMdxError(file, problems);
    },
  } as MdastPluginDefinition;
}

const srcDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The gate for every MDX file the site compiles except the team's own pages under src/: each
 * compile gets a fresh plugin. Content from any folder (content/, ATLAS_CONTENT) is gated.
 */
export function contentMdxGate(ctx: PluginFactoryContext): MdastPluginDefinition | null {
  if (ctx.sourceFormat !== 'mdx') return null;
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
  if (file && !path.relative(srcDir, file).startsWith('..') && !path.isAbsolute(path.relative(srcDir, file))) return null;
  return mdxGate();
}
