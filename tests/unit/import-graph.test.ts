// The shape of src/: no module imports itself through others (no import cycle), and the content
// contract (src/schemas/) depends on nothing in src/lib/, directly or through another module.
// TypeScript's parser reads every import, export … from and import() of the .ts files and of the
// frontmatter of .astro files, type-only imports included; no build, no bundler.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers.ts';

type Graph = Map<string, string[]>;

/** The module specifiers one file names: static imports and re-exports, import() with a literal, import types. */
function specifiers(file: string, source: string): string[] {
  const code = file.endsWith('.astro') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') : source;
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Relative specifiers resolved to files of the tree; packages and virtual modules (astro:content) are not ours. */
function resolve(from: string, specifier: string, exists: (file: string) => boolean): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.join(path.posix.dirname(from), specifier);
  const target = [base, `${base}.ts`, `${base}/index.ts`].find(exists);
  if (!target) throw new Error(`${from}: cannot resolve ${specifier}`);
  return target;
}

/** file → the files of the tree it imports, for a tree given as file → source text. */
function importGraph(sources: ReadonlyMap<string, string>): Graph {
  const exists = (file: string) => sources.has(file);
  return new Map([...sources].map(([file, source]) => [
    file,
    [...new Set(specifiers(file, source).map((s) => resolve(file, s, exists)).filter((f): f is string => f !== undefined))],
  ]));
}

/** One import cycle as the list of files around it (first = last), or undefined. */
function findCycle(graph: Graph): string[] | undefined {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const at = onPath.indexOf(file);
    if (at >= 0) return [...onPath.slice(at), file];
    if (done.has(file)) return undefined;
    onPath.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    onPath.pop();
    done.add(file);
    return undefined;
  };
  for (const file of [...graph.keys()].sort()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Every file reachable from `start` through imports, with the chain that reaches it. */
function reachable(graph: Graph, start: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (!chains.has(next)) {
        chains.set(next, [...chains.get(file)!, next]);
        queue.push(next);
      }
    }
  }
  return chains;
}

/** src/ as the tree: every module a page or script can import (.ts, .mjs, .astro; .json and .css as leaves). MDX pages are imported by nothing. */
function sourceTree(): Map<string, string> {
  const files = (readdirSync(path.join(repo, 'src'), { recursive: true }) as string[])
    .map((f) => `src/${f.split(path.sep).join('/')}`)
    .filter((f) => /\.(ts|mts|mjs|astro|json|css)$/.test(f))
    .sort();
  return new Map(files.map((f) => [f, /\.(json|css)$/.test(f) ? '' : readFileSync(path.join(repo, f), 'utf8')]));
}

describe('the import graph of src/', () => {
  const graph = importGraph(sourceTree());

  it('reads every module and the imports between them', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('src/lib/open-data/catalog.ts')).toContain('src/lib/open-data/files.ts');
    expect(graph.get('src/pages/search.astro')).toContain('src/lib/json-script.ts');
    expect(existsSync(path.join(repo, 'src/schemas'))).toBe(true);
  });

  it('has no import cycle', () => {
    // Shown as the files around the cycle, each importing the next.
    expect(findCycle(graph) ?? []).toEqual([]);
  });

  it('keeps the content contract free of src/lib/: nothing in src/schemas/ imports from it, even through another module', () => {
    const problems = [...graph.keys()]
      .filter((file) => file.startsWith('src/schemas/'))
      .flatMap((file) => [...reachable(graph, file)].filter(([to]) => to.startsWith('src/lib/')).map(([, chain]) => chain.join(' → ')));
    expect(problems).toEqual([]);
  });
});

describe('the import graph test itself', () => {
  const tree = (files: Record<string, string>) => importGraph(new Map(Object.entries(files)));

  it('finds a cycle through static imports, re-exports, import() and .astro frontmatter', () => {
    expect(findCycle(tree({ 'src/a.ts': "import { b } from './b.ts';", 'src/b.ts': "import type { A } from './a.ts';" }))).toEqual(['src/a.ts', 'src/b.ts', 'src/a.ts']);
    expect(findCycle(tree({ 'src/a.ts': "export * from './b';", 'src/b.ts': "const a = await import('./a.ts');" }))).toEqual(['src/a.ts', 'src/b.ts', 'src/a.ts']);
    expect(findCycle(tree({
      'src/components/A.astro': "---\nimport B from './B.astro';\n---\n<B />\n",
      'src/components/B.astro': "---\nimport { x } from '../lib/x.ts';\n---\n<p>{x}</p>\n",
      'src/lib/x.ts': "export type X = import('../components/A.astro').Props;",
    }))).toEqual(['src/components/A.astro', 'src/components/B.astro', 'src/lib/x.ts', 'src/components/A.astro']);
    expect(findCycle(tree({ 'src/a.ts': "import { b } from './b.ts'; import z from 'zod';", 'src/b.ts': "import { getCollection } from 'astro:content';" }))).toBeUndefined();
  });

  it('follows a schema into src/lib/ through another module', () => {
    const graph = tree({ 'src/schemas/tool.ts': "import { x } from '../site-model/x.ts';", 'src/site-model/x.ts': "import { y } from '../lib/y.ts';", 'src/lib/y.ts': '' });
    expect(reachable(graph, 'src/schemas/tool.ts').get('src/lib/y.ts')).toEqual(['src/schemas/tool.ts', 'src/site-model/x.ts', 'src/lib/y.ts']);
  });

  it('refuses an import it cannot resolve rather than skipping it', () => {
    expect(() => tree({ 'src/a.ts': "import { b } from './missing.ts';" })).toThrow(/cannot resolve/);
  });
});
