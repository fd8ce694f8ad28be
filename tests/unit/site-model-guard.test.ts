// Every address comes from src/lib/routes.ts and every collection name from the registry
// (src/site-model/collections.ts): this reads the source of src/ to prove nothing else writes one.
// TypeScript's parser reads .ts files, and .astro files as their frontmatter plus their template
// read as TSX; a file it cannot read fails the test rather than being skipped.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { collectionRegistry } from '../../src/site-model/collections.ts';
import { repo } from '../helpers.ts';

/** The two modules that may write routes and collection names. */
const owners = ['src/site-model/collections.ts', 'src/lib/routes.ts'];
/** The base-path helpers the routes module is built on; only it calls them. */
const baseHelpers = new Set(['withBase', 'entryPath']);
const baseHelperHome = 'src/lib/urls.ts';

/**
 * A collection name may be written where the compiler checks it against CollectionName: as a
 * `collection` prop or property, a `case` of a switch, or the argument of these calls.
 */
const typedCalls = new Set(['ref', 'getCollection', 'getEntry', 'collectionInfo', 'collectionSpec']);

/** Collection names written for another reason: file → names, and why. Keep it short. */
const allowed: Record<string, { names: readonly string[]; why: string }> = {
  'src/content.config.ts': { names: ['regions', 'practices', 'tools', 'reports'], why: "Astro's own declaration of the collections: it types getCollection() by these keys" },
  'src/lib/open-data/records.ts': { names: ['practices', 'tools', 'reports'], why: 'names of derived fields of the published records (a region\'s practices, a theme\'s tools): part of the data contract' },
  'src/lib/compare.ts': { names: ['themes', 'tools'], why: 'fields of a practice: rows of the comparison' },
  'src/lib/tables.ts': { names: ['regions'], why: 'the id of the regions table (its CSV download)' },
  'src/schemas/vocabularies.ts': { names: ['reports'], why: 'an indicator unit' },
};

const collectionWords = new Set<string>(collectionRegistry.flatMap((c) => [c.name, c.route, c.exportName]));
const routeSegments = [...new Set(collectionRegistry.map((c) => c.route)), 'search', 'compare', 'data', 'tables', 'pagefind', 'offline', 'media', 'about', 'accessibility', 'page'];
const routePattern = new RegExp(`(^|/)(${routeSegments.join('|')})/|rss\\.xml|sitemap-index\\.xml|favicon\\.svg`);
/** Folders of the repository named in messages and templates ("content/regions/", "public/media/"): not addresses. */
const repositoryPaths = /\b(content|public)\/[\w.-]*\/?/g;
const looksLikeAddress = (text: string) => routePattern.test(text.replace(repositoryPaths, ''));
const external = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

interface Finding {
  line: number;
  text: string;
  rule: string;
}

/** The frontmatter of an .astro file, then its template with comments and script and style bodies left out, on the same lines. */
function astroAsTsx(source: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  const blank = (text: string) => text.replace(/[^\n]/g, '');
  const template = (match ? source.slice(match[0].length) : source)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(/<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1>/gi, (all, tag: string, attrs: string, body: string) =>
      attrs.trimEnd().endsWith('/') ? all : `<${tag}${attrs}>${blank(body)}</${tag}>`);
  return `${match ? `\n${match[1]}\n\n` : ''};<>${template}</>;\n`;
}

function nameOf(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isJsxAttribute(node)) return ts.isIdentifier(node.name) ? node.name.text : undefined;
  if (ts.isPropertyAssignment(node) || ts.isParameter(node) || ts.isBindingElement(node)) return node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
  return undefined;
}

/** Where a string literal may hold a collection name: see typedCalls. */
function typedPosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isCaseClause(parent) && parent.expression === node) return true;
  if (ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression)) return typedCalls.has(nameOf(parent.expression) ?? '');
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) return nameOf(parent) === 'collection';
  if (ts.isJsxAttribute(parent)) return nameOf(parent) === 'collection';
  return false;
}

const isModuleSpecifier = (node: ts.Node) =>
  ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || ts.isImportTypeNode(node.parent?.parent ?? node) ||
  (ts.isCallExpression(node.parent) && node.parent.expression.kind === ts.SyntaxKind.ImportKeyword) ||
  // <script src="../scripts/x.ts">: a source file Astro bundles, not an address.
  (ts.isJsxAttribute(node.parent) && nameOf(node.parent) === 'src' && /\.ts$/.test((node as ts.StringLiteral).text));

/** Hand-built addresses and bare collection names in one source file. */
function scan(file: string, source: string): { findings: Finding[]; unreadable: string[] } {
  const astro = file.endsWith('.astro');
  const text = astro ? astroAsTsx(source) : source;
  const kind = astro ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const diagnostics = ts.transpileModule(text, { fileName: astro ? 'page.tsx' : 'module.ts', reportDiagnostics: true, compilerOptions: { jsx: ts.JsxEmit.Preserve } }).diagnostics ?? [];
  const unreadable = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  const findings: Finding[] = [];
  const report = (node: ts.Node, rule: string, shown = node.getText(sourceFile)) =>
    findings.push({ line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1, text: shown, rule });
  const allowedNames = new Set(allowed[file]?.names ?? []);

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && baseHelpers.has(nameOf(node.expression) ?? '') && file !== baseHelperHome) {
      report(node, 'address built with a base-path helper: use routes()');
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isModuleSpecifier(node) && !external.test(node.text)) {
        if (looksLikeAddress(node.text)) report(node, 'hand-built address: use routes()');
        else if (collectionWords.has(node.text) && !typedPosition(node) && !allowedNames.has(node.text)) report(node, 'collection name written out: take it from the registry');
      }
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (!external.test(node.head.text) && parts.some(looksLikeAddress)) report(node, 'hand-built address: use routes()');
      // `${a}/${b}/`: a path joined from parts.
      else if (parts.slice(1, -1).includes('/') && parts.at(-1)!.endsWith('/')) report(node, 'hand-built address: use routes()');
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { findings, unreadable };
}

function sourceFiles(): string[] {
  return (readdirSync(path.join(repo, 'src'), { recursive: true }) as string[])
    .map((f) => `src/${f.split(path.sep).join('/')}`)
    .filter((f) => /\.(ts|mts|mjs|js|astro)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
}

describe('the site model', () => {
  it('is the only place that writes an address or a collection name', () => {
    const problems: string[] = [];
    for (const file of sourceFiles().filter((f) => !owners.includes(f))) {
      const { findings, unreadable } = scan(file, readFileSync(path.join(repo, file), 'utf8'));
      problems.push(...unreadable.map((message) => `${file}: cannot be read, so it cannot be checked: ${message}`));
      problems.push(...findings.map((f) => `${file}:${f.line}: ${f.rule}: ${f.text}`));
    }
    expect(problems).toEqual([]);
  });

  it('keeps its allow-list honest: every allowed name is still used', () => {
    for (const [file, { names }] of Object.entries(allowed)) {
      const source = readFileSync(path.join(repo, file), 'utf8');
      for (const name of names) expect(source.includes(`'${name}'`), `${file}: ${name}`).toBe(true);
    }
  });

  it('catches an address built by hand on a page, in any form', () => {
    const page = (body: string) => `---\nimport Base from '../layouts/Base.astro';\nconst id = 'x';\nconst base = '/';\n---\n<Base title="t">${body}</Base>\n`;
    const rules = (source: string, file = 'src/pages/example.astro') => scan(file, source).findings.map((f) => f.rule);
    expect(rules(page('<a href={`practices/${id}/`}>x</a>'))).toEqual(['hand-built address: use routes()']);
    expect(rules(page('<a href="/search/">x</a>'))).toEqual(['hand-built address: use routes()']);
    expect(rules(page('<a href={`${base}${"tools"}/${id}/`}>x</a>'))).toContain('hand-built address: use routes()');
    expect(rules(page('<a href={withBase(base, id)}>x</a>'))).toEqual(['address built with a base-path helper: use routes()']);
    expect(rules("const url = `${root}data/${name}.json`;\n", 'src/lib/example.ts')).toEqual(['hand-built address: use routes()']);
    expect(rules("const kinds = ['practices', 'tools'];\n", 'src/lib/example.ts')).toHaveLength(2);
  });

  it('lets typed names, external links and source files through', () => {
    const rules = (source: string, file = 'src/pages/example.astro') => scan(file, source).findings;
    expect(rules('---\nimport X from "../components/X.astro";\n---\n<X collection="practices" />\n<a href="https://example.org/data/x.json">x</a>\n<script src="../scripts/practice-compare.ts"></script>\n')).toEqual([]);
    expect(rules("switch (c) { case 'themes': break; }\nref('regions');\n", 'src/lib/example.ts')).toEqual([]);
  });
});
