// What an MDX body may contain, decided node by node on a syntax tree. The same rules run on two
// trees: remark's, in the content check (mdx-body.ts), and Sätteri's, inside the MDX compile
// (src/integrations/mdx-gate.ts), so a file that slipped past the check still cannot run code.
// Nothing here reads source text with regular expressions: JavaScript is classified by acorn,
// addresses by the WHATWG URL parser that browsers use.
import { parse as parseJs } from 'acorn';
import { decodeHTML } from 'entities';

/** Components a contributor may use in MDX; the site passes them to <Content components>. */
export const allowedComponents: Readonly<Record<string, { required: readonly string[]; optional: readonly string[] }>> = {
  Callout: { required: [], optional: ['type', 'title'] },
  Figure: { required: ['src', 'alt'], optional: ['caption', 'credit'] },
};

/** Plain inline HTML that carries meaning Markdown lacks; nothing that loads or runs anything. */
export const allowedHtml: ReadonlySet<string> = new Set(['abbr', 'sub', 'sup', 'br', 'kbd', 'small', 'mark', 'cite', 'q', 'dfn', 'bdi']);
const allowedHtmlAttributes = new Set(['title', 'lang', 'dir']);
const executable = new Set(['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'form', 'svg', 'math', 'template']);

/** Images a Figure may show: checked by extension here and by content in the media check. */
export const mediaExtensions: ReadonlySet<string> = new Set(['jpg', 'jpeg', 'png', 'webp']);

/** Markdown node types that are data: text and its structure. Anything else is refused. */
const plainTypes = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code', 'inlineCode', 'text',
  'emphasis', 'strong', 'delete', 'break', 'link', 'linkReference', 'definition', 'footnoteDefinition', 'footnoteReference',
  'table', 'tableRow', 'tableCell',
]);

/** The parts of an mdast node (remark's or Sätteri's) the rules read. */
export interface SafetyNode {
  type: string;
  value?: unknown;
  url?: unknown;
  name?: unknown;
  attributes?: unknown;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * Is the JavaScript of a {…} expression nothing but comments? Decided by acorn's program: no
 * statement and no expression. Parsed as a module (no HTML-like comments) without a hashbang, so
 * only // and /* *\/ count as comments; anything acorn cannot read is not a comment.
 */
export function isCommentOnly(source: string): boolean {
  try {
    return parseJs(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: false }).body.length === 0;
  } catch {
    return false;
  }
}

const siteBase = 'https://site.invalid/page/';
const otherBase = 'http://other.invalid/page/';

/**
 * Why a link target is refused, or undefined when it is allowed: https:, mailto: or an address on
 * this site. Entities are decoded and control characters removed first, then the address is read by
 * the URL parser against two different bases: an absolute address resolves the same against both.
 */
export function linkProblem(raw: string): string | undefined {
  const text = [...decodeHTML(raw)].filter((c) => c.codePointAt(0)! > 0x20 && c.codePointAt(0) !== 0x7f).join('');
  let onSite: URL;
  let elsewhere: URL;
  try {
    onSite = new URL(text, siteBase);
    elsewhere = new URL(text, otherBase);
  } catch {
    return 'cannot be read as a web address';
  }
  if (onSite.href === elsewhere.href) {
    return onSite.protocol === 'https:' || onSite.protocol === 'mailto:' ? undefined : `${onSite.protocol} addresses are not allowed: only https://, mailto: and addresses on this site`;
  }
  if (onSite.host !== new URL(siteBase).host || elsewhere.host !== new URL(otherBase).host) {
    return 'it leaves this site without saying how (// or \\ at its start, or a scheme without //): write it in full, https://host/…';
  }
  return undefined;
}

/** Why a Figure src is refused: it must be a plain relative path to a JPEG, PNG or WebP file under public/media/. */
export function mediaPathProblem(src: string): string | undefined {
  const segments = src.split('/');
  const plain = segments.every((s) => s !== '' && s !== '.' && s !== '..' && [...s].every((c) => /[\w.-]/.test(c)));
  const extension = src.slice(src.lastIndexOf('.') + 1).toLowerCase();
  if (!plain || !src.includes('.')) return 'must name an image file in public/media/, e.g. src="oulu/voting-day.jpg" (no web addresses: the site loads nothing from other hosts)';
  if (!mediaExtensions.has(extension)) return `must be a JPEG, PNG or WebP image (.jpg, .jpeg, .png, .webp); .${extension} files are not published`;
  return undefined;
}

/** A value as a message quotes it: at most a line of it, control characters made visible. */
const shown = (value: string, max = 60) => {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return [...cut].map((c) => (c.codePointAt(0)! < 0x20 || c.codePointAt(0) === 0x7f ? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}` : c)).join('');
};

/** Every rule that applies to one node, as messages. `children` tells the walker whether to look inside. */
export function nodeIssues(node: SafetyNode): { messages: string[]; children: boolean } {
  switch (node.type) {
    case 'mdxjsEsm':
      return { messages: ['import/export statements are not allowed: content is data, never code. Allowed components (Callout, Figure) need no import'], children: false };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return { messages: isCommentOnly(String(node.value ?? '')) ? [] : ['JavaScript expressions {…} are not allowed: content is data, never code. Write \\{ for a literal brace, or {/* … */} for a comment'], children: false };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return { messages: elementIssues(node), children: true };
    case 'link':
    case 'definition': {
      const problem = linkProblem(String(node.url ?? ''));
      return { messages: problem ? [`link to "${shown(String(node.url))}" is not allowed: ${problem}`] : [], children: true };
    }
    case 'image':
    case 'imageReference':
      return { messages: ['Markdown images are not allowed: use <Figure src="…" alt="…" /> with a file in public/media/, so every image has alt text and loads from this site'], children: false };
    case 'html':
      return { messages: ['raw HTML is not allowed: use Markdown or an allowed component (Callout, Figure)'], children: false };
    default:
      return plainTypes.has(node.type)
        ? { messages: [], children: true }
        : { messages: [`"${shown(node.type, 40)}" cannot be published: it is not plain Markdown or an allowed component; write it as text`], children: false };
  }
}

function elementIssues(node: SafetyNode): string[] {
  const issues: string[] = [];
  const name = typeof node.name === 'string' ? node.name : '';
  const component = allowedComponents[name];
  const isHtml = allowedHtml.has(name);
  if (!name) return ['fragments <>…</> are not allowed'];
  if (executable.has(name.toLowerCase())) return [`<${shown(name, 40)}> is not allowed: content is data, never code. Embeds and scripts cannot be published`];
  if (!component && !isHtml) {
    issues.push(`<${shown(name, 40)}> is not an allowed component or tag; use Markdown, or one of: ${[...Object.keys(allowedComponents), ...allowedHtml].join(', ')}`);
  }
  const attributes = Array.isArray(node.attributes) ? (node.attributes as JsxAttribute[]) : [];
  // For a tag that is refused anyway, only what would run code is worth saying about its attributes.
  const valid = component ? [...component.required, ...component.optional] : isHtml ? [...allowedHtmlAttributes] : undefined;
  const seen = new Set<string>();
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
      issues.push(`<${name}>: spread attributes {…} are not allowed; write each attribute as name="value"`);
      continue;
    }
    seen.add(attribute.name);
    if (attribute.name.toLowerCase().startsWith('on')) {
      issues.push(`<${name}>: event handler ${shown(attribute.name, 40)}= is not allowed: content is data, never code`);
    } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      issues.push(`<${name}>: ${shown(attribute.name, 40)}={…} is not allowed; write ${shown(attribute.name, 40)}="text"`);
    } else if (!valid) {
      continue;
    } else if (!valid.includes(attribute.name)) {
      issues.push(`<${name}>: ${component ? 'unknown attribute' : 'attribute'} ${shown(attribute.name, 40)}${component ? '' : ' is not allowed'}; valid: ${valid.join(', ')}`);
    } else if (name === 'Figure' && attribute.name === 'src') {
      const problem = mediaPathProblem(String(attribute.value ?? ''));
      if (problem) issues.push(`<Figure src="${shown(String(attribute.value ?? ''))}">: src ${problem}`);
    }
  }
  for (const required of component?.required ?? []) {
    if (!seen.has(required)) issues.push(`<${name}> needs ${required}="…"${required === 'alt' ? ': describe the image for people who cannot see it' : ''}`);
  }
  return issues;
}

/** The Figure images a body names, for the check that each exists in public/media/. */
export function figureSource(node: SafetyNode): string | undefined {
  if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Figure' || !Array.isArray(node.attributes)) return undefined;
  const src = (node.attributes as JsxAttribute[]).find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src');
  return typeof src?.value === 'string' && !mediaPathProblem(src.value) ? src.value : undefined;
}
