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

/** Components a contributor may use in MDX; the site passes them to <Content components>. */
export const allowedComponents: Readonly<Record<string, { required: readonly string[]; optional: readonly string[] }>> = {
  Callout: { required: [], optional: ['type', 'title'] },
  Figure: { required: ['src', 'alt'], optional: ['caption', 'credit'] },
};

/** Plain inline HTML that carries meaning Markdown lacks; nothing that loads or runs anything. */
export const allowedHtml: ReadonlySet<string> = new Set(['abbr', 'sub', 'sup', 'br', 'kbd', 'small', 'mark', 'cite', 'q', 'dfn', 'bdi']);
const allowedHtmlAttributes = new Set(['title', 'lang', 'dir']);
const executable = new Set(['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'form', 'svg', 'math', 'template']);
const unsafeUrl = /^\s*(?:javascript|data|vbscript|file):/i;

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

function gfmWithoutAutolinkLiterals(this: Processor, parts: ReadonlySet<GfmPart>): void {
  const data = this.data();
  const used = gfmParts.filter((p) => parts.has(p.part));
  (data.micromarkExtensions ??= []).push(...used.map((p) => p.syntax()), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(...used.map((p) => p.tree()), gfmTaskListItemFromMarkdown());
}

const parsers = new Map<string, (body: string) => Root>();
/** Parses with the GFM extensions the body could need (one processor per combination, made once). */
function parseBody(body: string): Root {
  const parts = new Set(gfmParts.filter((p) => p.needed.test(body)).map((p) => p.part));
  const key = [...parts].join('+');
  let parse = parsers.get(key);
  if (!parse) {
    const processor = unified().use(remarkParse).use(remarkMdx).use(gfmWithoutAutolinkLiterals, parts);
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

/** Is a {…} expression nothing but a comment ({/* note *\/})? */
function isCommentOnly(value: string): boolean {
  return value.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '';
}

/**
 * Reads an MDX body as data: finds anything that would run code or load from
 * elsewhere, and returns its level-2 sections. `lineOffset` maps body lines to file lines.
 */
export function readBody(body: string, lineOffset = 0, parse: (body: string) => Root = parseBody): ReadBody {
  const issues: BodyIssue[] = [];
  const at = (node: { position?: { start: { line: number } } | undefined }) =>
    node.position ? node.position.start.line + lineOffset : undefined;

  let tree: Root;
  try {
    tree = parse(body);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message?: string };
    const line = e.line ?? e.place?.start?.line ?? e.place?.line;
    return {
      issues: [{ ...(line ? { line: line + lineOffset } : {}), message: `MDX cannot be read: ${e.reason ?? e.message}. Check for an unclosed <tag>, a stray { or } (write \\{ for a literal brace), a < that should be &lt;, or an HTML comment <!-- --> (write {/* … */} instead)` }],
      sections: [],
      text: '',
    };
  }

  const visit = (node: AnyNode): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        issues.push({ line: at(node), message: 'import/export statements are not allowed: content is data, never code. Allowed components (Callout, Figure) need no import' });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value)) {
          issues.push({ line: at(node), message: `JavaScript expressions {…} are not allowed: content is data, never code. Write \\{ for a literal brace` });
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, at(node), issues);
        break;
      case 'link':
      case 'definition':
        if (unsafeUrl.test(node.url)) issues.push({ line: at(node), message: `link to "${node.url.slice(0, 40)}" is not allowed: only https://, mailto: and site-relative links` });
        break;
      case 'image':
      case 'imageReference':
        issues.push({ line: at(node), message: 'Markdown images are not allowed: use <Figure src="…" alt="…" /> with a file in public/media/, so every image has alt text and loads from this site' });
        return;
      case 'html':
        issues.push({ line: at(node), message: 'raw HTML is not allowed: use Markdown or an allowed component (Callout, Figure)' });
        return;
      default:
        break;
    }
    children(node).forEach(visit);
  };
  visit(tree);

  return { issues: issues.concat(headingIssues(tree, at)), sections: sectionsOf(tree, at), text: plainText(tree) };
}

type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function checkElement(node: JsxElement, line: number | undefined, issues: BodyIssue[]): void {
  const name = node.name ?? '';
  const component = allowedComponents[name];
  const isHtml = allowedHtml.has(name);
  if (!name) {
    issues.push({ line, message: 'fragments <>…</> are not allowed' });
    return;
  }
  if (executable.has(name.toLowerCase())) {
    issues.push({ line, message: `<${name}> is not allowed: content is data, never code. Embeds and scripts cannot be published` });
    return;
  }
  if (!component && !isHtml) {
    const valid = [...Object.keys(allowedComponents), ...allowedHtml].join(', ');
    issues.push({ line, message: `<${name}> is not an allowed component or tag; use Markdown, or one of: ${valid}` });
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      issues.push({ line, message: `<${name}>: spread attributes {…} are not allowed; write each attribute as name="value"` });
      continue;
    }
    seen.add(attribute.name);
    if (/^on/i.test(attribute.name)) {
      issues.push({ line, message: `<${name}>: event handler ${attribute.name}= is not allowed: content is data, never code` });
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      issues.push({ line, message: `<${name}>: ${attribute.name}={…} is not allowed; write ${attribute.name}="text"` });
    } else if (typeof attribute.value === 'string' && unsafeUrl.test(attribute.value)) {
      issues.push({ line, message: `<${name}>: ${attribute.name}="${attribute.value.slice(0, 40)}" is not allowed: no javascript: or data: URLs` });
    } else if (!component && !isHtml) {
      continue;
    } else if (component && ![...component.required, ...component.optional].includes(attribute.name)) {
      issues.push({ line, message: `<${name}>: unknown attribute ${attribute.name}; valid: ${[...component.required, ...component.optional].join(', ')}` });
    } else if (isHtml && !allowedHtmlAttributes.has(attribute.name)) {
      issues.push({ line, message: `<${name}>: attribute ${attribute.name} is not allowed; valid: ${[...allowedHtmlAttributes].join(', ')}` });
    }
  }
  const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src');
  if (name === 'Figure' && src && typeof src.value === 'string' && !/^(?!.*\.\.)[\w-]+(?:\/[\w.-]+)*\.(?:png|jpe?g|webp|avif|gif|svg)$/i.test(src.value)) {
    issues.push({ line, message: `<Figure src="${src.value.slice(0, 60)}">: src must name an image file in public/media/, e.g. src="oulu/voting-day.jpg" (no web addresses: the site loads nothing from other hosts)` });
  }
  for (const required of component?.required ?? []) {
    if (!seen.has(required)) issues.push({ line, message: `<${name}> needs ${required}="…"${required === 'alt' ? ': describe the image for people who cannot see it' : ''}` });
  }
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
