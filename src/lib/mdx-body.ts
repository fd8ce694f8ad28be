import type { Heading, Root, RootContent } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { figureSource, isCommentOnly, nodeIssues } from './mdx-safety.ts';

export interface BodyIssue {
  line?: number | undefined;
  message: string;
}

export interface BodySection {
  title: string;
  line: number;
  /** Anything under the heading besides comments: text, a list, a component. */
  hasContent: boolean;
  /** Plain text of the section (Markdown stripped). */
  text: string;
}

export interface ReadBody {
  issues: BodyIssue[];
  sections: BodySection[];
  /** Plain text of the whole body: for checks and search fallbacks. */
  text: string;
  /** The images its Figures show (paths under public/media/), for the check that each exists. */
  figures?: Array<{ src: string; line?: number }>;
  /** Set when the body could not be read at all: its issue is the only one worth reporting. */
  unreadable?: true;
}

/**
 * remark-gfm minus autolink literals (bare www. and https:// addresses turned into links).
 * They took 60 % of the time to read a body (5.6 ms against 2.2 ms for a 5 KB body, measured)
 * and can only make http(s) and mailto links, which no rule here rejects. Footnotes and tables stay: a footnote or
 * a table cell can hold a link that must be checked. tests/unit/mdx-body.test.ts proves the
 * answers match remark-gfm's on every content file and every hostile fixture.
 *
 * The table, strikethrough and footnote extensions join only when the body holds the characters
 * their syntax cannot do without: a table's delimiter row has a | or an alignment colon next to
 * a hyphen (:- or -:), strikethrough needs ~, a footnote [^. Without them the extension can add
 * nothing, but the table one still tries every line (a tenth of the time to read a body).
 */
type GfmPart = 'table' | 'strikethrough' | 'footnote';
type Extension = ReturnType<typeof gfmTable>;
type FromMarkdownExtension = ReturnType<typeof gfmTableFromMarkdown>;
const gfmParts: ReadonlyArray<{ part: GfmPart; needed: RegExp; syntax: () => Extension; tree: () => FromMarkdownExtension }> = [
  { part: 'footnote', needed: /\[\^/, syntax: () => gfmFootnote(), tree: () => gfmFootnoteFromMarkdown() },
  { part: 'strikethrough', needed: /~/, syntax: () => gfmStrikethrough(), tree: () => gfmStrikethroughFromMarkdown() },
  { part: 'table', needed: /\||:-|-:/, syntax: () => gfmTable(), tree: () => gfmTableFromMarkdown() },
];

function gfmWithoutAutolinkLiterals(this: Processor, parts: ReadonlySet<GfmPart>, autolinks: boolean): void {
  const data = this.data();
  const used = gfmParts.filter((p) => parts.has(p.part));
  (data.micromarkExtensions ??= []).push(...used.map((p) => p.syntax()), gfmTaskListItem(), ...(autolinks ? [gfmAutolinkLiteral()] : []));
  (data.fromMarkdownExtensions ??= []).push(...used.map((p) => p.tree()), gfmTaskListItemFromMarkdown(), ...(autolinks ? [gfmAutolinkLiteralFromMarkdown()] : []));
}

const parsers = new Map<string, (body: string) => Root>();
/** Parses with the GFM extensions the body could need (one processor per combination, made once). */
function parseBody(body: string, autolinks = false): Root {
  const parts = new Set(gfmParts.filter((p) => p.needed.test(body)).map((p) => p.part));
  const key = [...parts, ...(autolinks ? ['autolink'] : [])].join('+');
  let parse = parsers.get(key);
  if (!parse) {
    const processor = unified().use(remarkParse).use(remarkMdx).use(gfmWithoutAutolinkLiterals, parts, autolinks);
    parse = (text) => processor.parse(text);
    parsers.set(key, parse);
  }
  return parse(body);
}

type AnyNode = RootContent | Root;

function children(node: AnyNode): RootContent[] {
  return 'children' in node ? (node.children as RootContent[]) : [];
}

function plainText(node: AnyNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  const inner = children(node).map(plainText).join(node.type === 'list' || node.type === 'root' ? '\n' : '');
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem' ? `${inner}\n` : inner;
}

/** Deeper than this, a body is refused before anything walks it (the compiler crashes on thousands of levels). */
export const maxNesting = 32;

/** Nodes with their depth, parents first, without recursion: a hostile body can nest thousands of levels. */
function* walk(tree: Root): Generator<{ node: AnyNode; depth: number }> {
  const stack: Array<{ node: AnyNode; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    yield item;
    const kids = children(item.node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, depth: item.depth + 1 });
  }
}

/**
 * Text where the compiler (Sätteri) would see an address written out (www.… or http:…) and make
 * it a link. The check reads bodies without GFM autolink literals (see above); a body with such
 * text is read again with them, so the check refuses the http: link the compiler would make.
 */
function mayHoldAddressLiterals(tree: Root): boolean {
  for (const { node } of walk(tree)) {
    if (node.type !== 'text') continue;
    const text = node.value.toLowerCase();
    if (text.includes('www.') || text.includes('http:') || text.includes('xmpp:')) return true;
  }
  return false;
}

const unreadable = (message: string, line?: number): ReadBody => ({ issues: [{ ...(line ? { line } : {}), message }], sections: [], text: '', unreadable: true });

/**
 * Reads an MDX body as data: finds anything that would run code or load from
 * elsewhere, and returns its level-2 sections. `lineOffset` maps body lines to file lines.
 */
export function readBody(body: string, lineOffset = 0, parse: (body: string, autolinks?: boolean) => Root = parseBody): ReadBody {
  const issues: BodyIssue[] = [];
  const at = (node: { position?: { start: { line: number } } | undefined }) =>
    node.position ? node.position.start.line + lineOffset : undefined;

  let tree: Root;
  try {
    tree = parse(body);
    if (mayHoldAddressLiterals(tree)) tree = parse(body, true);
  } catch (error) {
    if (error instanceof RangeError) return unreadable(`is nested too deeply to be read (quotes, lists, links or tags inside each other); at most ${maxNesting} levels`);
    const e = error as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message?: string };
    const line = e.line ?? e.place?.start?.line ?? e.place?.line;
    const reason = String(e.reason ?? e.message).slice(0, 200);
    return unreadable(`MDX cannot be read: ${reason}. Check for an unclosed <tag>, a stray { or } (write \\{ for a literal brace), a < that should be &lt;, or an HTML comment <!-- --> (write {/* … */} instead)`, line ? line + lineOffset : undefined);
  }

  const figures: Array<{ src: string; line?: number }> = [];
  const skipped = new Set<AnyNode>();
  for (const { node, depth } of walk(tree)) {
    if (depth > maxNesting) return unreadable(`nests more than ${maxNesting} levels deep (quotes, lists, links or tags inside each other): flatten it`, at(node as RootContent));
    // Inside a refused node, nothing more needs saying.
    if ('children' in node && skipped.has(node)) {
      children(node).forEach((c) => skipped.add(c));
      continue;
    }
    if (skipped.has(node)) continue;
    const { messages, children: look } = nodeIssues(node);
    for (const message of messages) issues.push({ line: at(node as RootContent), message });
    if (!look) children(node).forEach((c) => skipped.add(c));
    const src = figureSource(node);
    if (src) figures.push({ src, ...(at(node as RootContent) ? { line: at(node as RootContent)! } : {}) });
  }

  return { issues: issues.concat(headingIssues(tree, at)), sections: sectionsOf(tree, at), text: plainText(tree), figures };
}

function headingIssues(tree: Root, at: (n: RootContent) => number | undefined): BodyIssue[] {
  const issues: BodyIssue[] = [];
  let depth = 1; // the page title is the only h1
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    if (node.depth === 1) {
      issues.push({ line: at(node), message: 'a level-1 heading (# …) is not allowed: the title comes from the front matter; start sections with ##' });
    } else if (node.depth > depth + 1) {
      issues.push({ line: at(node), message: `heading level ${node.depth} follows level ${depth}: do not skip levels (use ${'#'.repeat(depth + 1)})` });
    }
    depth = node.depth;
  }
  return issues;
}

function sectionsOf(tree: Root, at: (n: RootContent) => number | undefined): BodySection[] {
  const sections: BodySection[] = [];
  let current: { heading: Heading; nodes: RootContent[] } | undefined;
  const close = () => {
    if (!current) return;
    sections.push({
      title: plainText(current.heading).trim(),
      line: at(current.heading) ?? 0,
      hasContent: current.nodes.some((n) => !((n.type === 'mdxFlowExpression' && isCommentOnly(n.value)) || n.type === 'mdxjsEsm')),
      text: current.nodes.map(plainText).join('\n').trim(),
    });
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      close();
      current = node.depth === 2 ? { heading: node, nodes: [] } : undefined;
    } else {
      current?.nodes.push(node);
    }
  }
  close();
  return sections;
}

/** Problems with the required sections: missing, out of order or empty. */
export function sectionIssues(sections: readonly BodySection[], required: readonly string[]): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const titles = sections.map((s) => s.title);
  let lastIndex = -1;
  for (const name of required) {
    const index = titles.indexOf(name);
    if (index === -1) {
      const close = titles.find((t) => t.toLowerCase().replace(/\W/g, '') === name.toLowerCase().replace(/\W/g, ''));
      issues.push({ message: `missing section "## ${name}"${close ? `; found "## ${close}", which must be written exactly "## ${name}"` : ''}` });
      continue;
    }
    const section = sections[index]!;
    if (index < lastIndex) {
      issues.push({ line: section.line, message: `section "## ${name}" is out of order; the order is: ${required.map((r) => `## ${r}`).join(', ')}` });
    }
    lastIndex = Math.max(lastIndex, index);
    if (!section.hasContent) issues.push({ line: section.line, message: `section "## ${name}" is empty; write what the sources say, or say briefly that they do not document it` });
  }
  return issues;
}
