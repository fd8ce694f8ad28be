
import path from 'node:path';
import { z } from 'astro/zod';
import { idPattern, type CollectionName } from '../../schemas/common.ts';
import { firstSentence } from '../../schemas/describe.ts';
import { templateFields, type Draft } from '../../schemas/drafts.ts';
import { collections, collectionSpec, type CollectionSpec } from '../../schemas/index.ts';
import { describeField, fieldDocs, type FieldDoc } from '../json-schema.ts';
import { didYouMean } from '../suggest.ts';
import { cacheDir, jobKey, openCache } from './cache.ts';
import { siteConfig } from '../../site.config.ts';
import { checkPublic, maxContentBytes, plainFiles, readBounded } from './files.ts';
import { parseYaml } from './frontmatter.ts';
import type { LocalJob, LocalResult } from './local.ts';
import { analyseAll, workerCount } from './pool.ts';
import { sortProblems, type Problem } from './problem.ts';
import { describeIssue, fieldPath } from './zod-issues.ts';

export type IdSets = Record<CollectionName, Set<string>>;

interface SourceFile {
  spec: CollectionSpec;
  /** Repository-relative path with forward slashes. */
  file: string;
  id: string;
  /** The file as read: hashed as bytes, decoded only when its text is needed (cache miss, problems to locate). */
  bytes: Buffer;
}

const decoded = new WeakMap<SourceFile, string>();
function textOf(source: SourceFile): string {
  let text = decoded.get(source);
  if (text === undefined) {
    text = source.bytes.toString('utf8');
    decoded.set(source, text);
  }
  return text;
}

/** Lists the entry files of a folder collection; reports files that would be silently skipped, links and oversized files. */
async function listFolder(root: string, spec: CollectionSpec, problems: Problem[]): Promise<SourceFile[]> {
  const dir = path.join(root, spec.folder);
  const shown = displayPath(root, spec.folder);
  // Links and special files are reported once, for the whole content folder, in checkContent.
  const names = await plainFiles(dir, shown, []);
  const files: Array<Omit<SourceFile, 'bytes'> & { name: string }> = [];
  for (const name of names) {
    const base = path.posix.basename(name);
    if (base.startsWith('_') || base.startsWith('.')) continue;
    const file = `${shown}/${name}`;
    if (!name.endsWith(spec.extension)) {
      problems.push({ file, field: 'file', message: `will not be published: ${spec.name} are ${spec.extension} files; rename it to ${name.replace(/\.[^.]+$/, '')}${spec.extension}` });
      continue;
    }
    const id = name.slice(0, -spec.extension.length);
    if (!idPattern.test(id)) {
      problems.push({ file, field: 'file', message: `"${id.slice(0, 60)}" is not a valid id: the file name must be lowercase ASCII letters, digits and single hyphens, e.g. oulu-youth-budget${spec.extension}` });
      continue;
    }
    files.push({ spec, file, id, name });
  }
  // Read in parallel: thousands of small files.
  const contents = await Promise.all(files.map((f) => readBounded(path.join(dir, f.name), f.file, maxContentBytes, problems)));
  return files.flatMap(({ spec: s, file, id }, i) => (contents[i] ? [{ spec: s, file, id, bytes: contents[i] }] : []));
}

/** The line of a top-level YAML key, so a contributor can jump to it. */
function lineOfField(yamlText: string, field: string, firstLine: number): number | undefined {
  const key = field.split(/[.[]/)[0];
  const index = yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`));
  return index === -1 ? undefined : index + firstLine;
}

/** A reference that must name an existing entry: the check's stand-in for Astro's reference(). */
function refChecker(ids: IdSets) {
  return (collection: CollectionName) => {
    const { singular, folder, layout } = collectionSpec(collection);
    return z.string({ error: `must be the id of a ${singular}: a file name in content/${collection}/ without extension` }).superRefine((id, ctx) => {
      const known = ids[collection];
      if (known.has(id)) return;
      if (id.length > 80) id = `${id.slice(0, 80)}…`;
      const suggestion = didYouMean(id, known);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      // A list (themes.yaml) is short: name every valid id. A folder: say how to add the entry.
      const message =
        layout === 'list'
          ? `"${id}" is not a ${singular}${hint || ';'} valid: ${[...known].join(', ')}`
          : `unknown ${singular} "${id}"${hint || `: there is no content/${folder}/${id}; add it first (npm run new -- ${singular} ${id})`}`;
      ctx.addIssue({ code: 'custom', message });
    });
  };
}

type Schemas = Map<CollectionName, z.ZodType>;

/** One schema per collection for the whole run: building a zod schema costs more than using it. */
function buildSchemas(ids: IdSets): Schemas {
  const ref = refChecker(ids);
  return new Map(collections.map((spec) => [spec.name, spec.schema(ref)]));
}

/** `yamlText` gives the text the data was read from (computed only when there is a problem to locate). */
function schemaProblems(schema: z.ZodType, file: string, data: unknown, yamlText: () => string, firstLine: number): Problem[] {
  if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ file, line: firstLine, field: 'file', message: 'has no fields: write the front matter as "field: value" lines (start from npm run new)' }];
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    describeIssue(issue, schema).map(([field, message]) => {
      const line = lineOfField(yamlText(), field, firstLine);
      return { file, ...(line ? { line } : {}), field: field || 'file', message };
    }),
  );
}

/** A value `npm run new` writes that must not stay: a template text of the draft, or a fictional example of the schema. */
interface LeftOver {
  path: ReadonlyArray<string>;
  value: string;
  collection?: CollectionName | undefined;
  /** From the schema's examples, which the template writes commented out: "Example City", https://example.org/… */
  example: boolean;
}

const leftOverCache = new Map<CollectionName, LeftOver[]>();
const exampleCache = new Map<CollectionName, LeftOver[]>();
const docCache = new Map<CollectionName, FieldDoc[]>();

function docsOf(spec: CollectionSpec): FieldDoc[] {
  let docs = docCache.get(spec.name);
  if (!docs) docCache.set(spec.name, (docs = fieldDocs(spec)));
  return docs;
}

/** The examples' texts that name the fictional Example City, Example Valley, example.org…: never a real value. */
const fictional = /example/i;

/** The strings of a value, however deep. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) yield* strings(inner);
}

/**
 * What the template wrote that must not stay: the draft's texts, and, only for an entry with a
 * text naming an example (the schemas' descriptions are then read, once), the fictional examples.
 */
function leftOversOf(spec: CollectionSpec, draft: Draft, data: unknown): LeftOver[] {
  let found = leftOverCache.get(spec.name);
  if (!found) {
    found = templateFields(draft).map(({ path, text }) => ({ path, value: text.value, collection: text.collection, example: false }));
    leftOverCache.set(spec.name, found);
  }
  if (![...strings(data)].some((text) => fictional.test(text))) return found;
  let examples = exampleCache.get(spec.name);
  if (!examples) {
    const list: LeftOver[] = [];
    const walk = (value: unknown, path: string[]) => {
      if (typeof value === 'string' && fictional.test(value)) list.push({ path, value, example: true });
      else if (Array.isArray(value)) value.forEach((item) => walk(item, [...path, '*']));
      else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
    };
    for (const doc of docsOf(spec)) if (doc.example !== undefined) walk(doc.example, doc.path.replace(/\[\]/g, '.*').split('.'));
    examples = list.filter((f, i) => list.findIndex((g) => g.path.join('.') === f.path.join('.') && g.value === f.value) === i);
    exampleCache.set(spec.name, examples);
  }
  return [...found, ...examples];
}

/** The values of `data` at `path` (`*` = every item of a list), with their concrete paths. */
function valuesAt(data: unknown, path: ReadonlyArray<string>, at: Array<string | number> = []): Array<{ path: Array<string | number>; value: unknown }> {
  const [head, ...rest] = path;
  if (head === undefined) return [{ path: at, value: data }];
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  return data && typeof data === 'object' && !Array.isArray(data) && head in data ? valuesAt((data as Record<string, unknown>)[head], rest, [...at, head]) : [];
}

/**
 * Every value still left from the template of `npm run new` (the collection's draft, or an example
 * it wrote as a comment), one problem each, saying what to write there: the first sentence of the
 * field's description, and for an id which ids exist.
 */
function templateProblems(spec: CollectionSpec, data: unknown, ids: IdSets): Array<{ field: string; message: string }> {
  if (!spec.draft || !data || typeof data !== 'object') return [];
  const problems: Array<{ field: string; message: string }> = [];
  for (const left of leftOversOf(spec, spec.draft, data)) {
    for (const found of valuesAt(data, left.path)) {
      if (typeof found.value !== 'string' || found.value.trim() !== left.value) continue;
      const field = fieldPath(found.path);
      if (problems.some((p) => p.field === field)) continue;
      const what = firstSentence(describeField(docsOf(spec), field)).replace(/\.$/, '');
      const write = `write ${what.charAt(0).toLowerCase()}${what.slice(1)}${left.collection ? idHint(left.collection, ids) : ''}`;
      problems.push({ field, message: left.example ? `still the template's example ("${left.value}"): ${write}` : `still the template's text: ${write}` });
    }
  }
  return problems;
}

/** Which ids a template's placeholder id could become: every theme; a few regions, tools or practices. */
function idHint(collection: CollectionName, ids: IdSets): string {
  const { singular, layout } = collectionSpec(collection);
  const known = [...ids[collection]];
  if (!known.length) return `; there is none yet: add one first (npm run new -- ${singular} <id>)`;
  // A list (themes.yaml) is short: every id, in its order. A folder: a few, as examples.
  if (layout === 'list') return `; valid: ${known.join(', ')}`;
  return `, for example ${known.sort().slice(0, 3).join(', ')}${known.length > 3 ? ', …' : ''}`;
}

/** The schema's problems and the template's texts left in a file: a field still holding the template's text is reported once, as that. */
function contractProblems(spec: CollectionSpec, file: string, data: unknown, yamlText: () => string, firstLine: number, schemas: Schemas, ids: IdSets): Problem[] {
  const template = templateProblems(spec, data, ids);
  const placeholders = new Set(template.map((p) => p.field));
  const located = template.map(({ field, message }) => {
    const line = lineOfField(yamlText(), field, firstLine);
    return { file, ...(line ? { line } : {}), field, message };
  });
  return [...schemaProblems(schemas.get(spec.name)!, file, data, yamlText, firstLine).filter((p) => !placeholders.has(p.field)), ...located];
}

/** What a file's own analysis (local.ts) is asked to do. */
function localJob(source: SourceFile, text = ''): LocalJob {
  const { spec } = source;
  const templateSections = spec.draft ? Object.entries(spec.draft.sections) : [];
  return { format: spec.extension === '.yaml' ? 'yaml' : 'mdx', sections: spec.sections, ratings: spec.ratings, templateSections, text };
}

/** Every problem of one file: its own (cached) analysis, then the schema and references checked now. */
function checkEntry(source: SourceFile, local: LocalResult, schemas: Schemas, ids: IdSets, media: ReadonlySet<string> | undefined): Problem[] {
  const { spec, file } = source;
  if (local.fatal) return [{ file, ...local.fatal }];
  if (spec.extension === '.yaml') return contractProblems(spec, file, local.data, () => textOf(source), 1, schemas, ids);
  const frontmatterText = () => textOf(source).slice(textOf(source).indexOf('\n') + 1);
  const missing = media ? (local.figures ?? []).filter((f) => !media.has(f.src)) : [];
  return [
    ...contractProblems(spec, file, local.data, frontmatterText, 2, schemas, ids),
    ...local.problems.map((p) => ({ file, ...p })),
    ...missing.map((f) => ({ file, ...(f.line ? { line: f.line } : {}), field: 'body', message: `<Figure src="${f.src}">: there is no such image in public/media/ (JPEG, PNG or WebP); add the file or correct the path` })),
  ];
}

/** Reads the list collection (themes.yaml) into entries, reporting duplicates and missing ids. */
async function listEntries(root: string, spec: CollectionSpec, problems: Problem[]): Promise<Array<{ id: string; data: unknown; index: number }>> {
  const file = displayPath(root, spec.folder);
  const found: Problem[] = [];
  const bytes = await readBounded(path.join(root, spec.folder), file, maxContentBytes, found);
  if (!bytes) {
    problems.push(...(found[0]?.message === 'cannot be read' ? [{ file, field: 'file', message: `is missing: the ${spec.singular} vocabulary must exist` }] : found));
    return [];
  }
  const text = bytes.toString('utf8');
  const parsed = parseYaml(text);
  if (parsed.error) {
    problems.push({ file, ...(parsed.error.line ? { line: parsed.error.line } : {}), field: 'file', message: parsed.error.message });
    return [];
  }
  if (!Array.isArray(parsed.data)) {
    problems.push({ file, field: 'file', message: 'must be a list of entries, each starting with "- id: …"' });
    return [];
  }
  const seen = new Set<string>();
  return parsed.data.map((data: unknown, index) => {
    const id = String((data as { id?: unknown })?.id ?? '');
    if (id && seen.has(id)) problems.push({ file, field: `[${index}].id`, message: `"${id}" appears twice; ids must be unique` });
    seen.add(id);
    return { id, data, index };
  });
}

/** content/practices as the contributor sees it: relative to the working directory. */
function displayPath(root: string, sub: string): string {
  return path.relative(process.cwd(), path.join(root, sub)).split(path.sep).join('/');
}

export interface CheckOptions {
  /** Cache folder for per-file results, or false for none; default ATLAS_CHECK_CACHE or node_modules/.cache/atlas-check/. */
  cache?: string | false;
  /** Worker threads for reading bodies; default ATLAS_CHECK_WORKERS, else one per core for many files, one for a few changed files in a large folder. */
  workers?: number;
  /** The public folder to check (links, media types, Figure images); default none. npm run check and the build pass public/. */
  publicDir?: string;
  /** The site's own files in the public folder besides media/ (default: siteConfig.publicFiles). */
  publicFiles?: readonly string[];
}

export interface CheckStats {
  files: number;
  /** Files whose own analysis came from the cache. */
  cached: number;
  workers: number;
  milliseconds: number;
}

/**
 * Checks every file in the content folder `root` and returns every problem, sorted by file and line.
 * Per-file work (YAML, MDX bodies) is cached by content and spread over worker threads; references
 * between files and every schema rule are checked on each run.
 */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<{ problems: Problem[]; counts: Record<CollectionName, number>; stats: CheckStats }> {
  const started = performance.now();
  // The cache loads while the content folder is read.
  const opening = openCache(cacheDir(options.cache));
  const problems: Problem[] = [];
  const ids = Object.fromEntries(collections.map((c) => [c.name, new Set<string>()])) as IdSets;
  const files: SourceFile[] = [];
  const listed: Array<{ spec: CollectionSpec; entries: Array<{ id: string; data: unknown; index: number }> }> = [];

  // Links and special files anywhere under content/ (drafts and templates included), and public/.
  await plainFiles(root, displayPath(root, ''), problems);
  const media = options.publicDir ? checkPublic(options.publicDir, displayPath(options.publicDir, ''), options.publicFiles ?? siteConfig.publicFiles, problems) : undefined;

  for (const spec of collections) {
    if (spec.layout === 'list') {
      const entries = await listEntries(root, spec, problems);
      entries.forEach((e) => e.id && ids[spec.name].add(e.id));
      listed.push({ spec, entries });
    } else {
      const found = await listFolder(root, spec, problems);
      found.forEach((f) => ids[spec.name].add(f.id));
      files.push(...found);
    }
  }
  const schemas = buildSchemas(ids);

  for (const { spec, entries } of listed) {
    for (const entry of entries) {
      for (const problem of schemaProblems(schemas.get(spec.name)!, displayPath(root, spec.folder), entry.data, () => '', 0)) {
        problems.push({ ...problem, field: `[${entry.index}]${problem.field === 'file' ? '' : `.${problem.field}`}` });
      }
    }
  }

  // Each file's own analysis: from the cache when its content was seen before, else computed
  // (in worker threads for large folders) while the cached files' schemas and references are checked.
  const cache = await opening;
  const mediaFiles = await media;
  const keys = cache ? files.map((f) => jobKey(localJob(f), f.bytes)) : [];
  const local: Array<LocalResult | undefined> = files.map((_, i) => cache?.get(keys[i]!));
  const missing = files.flatMap((_, i) => (local[i] ? [] : [i]));
  const workers = options.workers ?? workerCount(missing.length);
  const computing = analyseAll(missing.map((i) => localJob(files[i]!, textOf(files[i]!))), workers, (k, result) => {
    const fileIndex = missing[k]!;
    if (!result.transient) cache?.set(keys[fileIndex]!, result);
    problems.push(...checkEntry(files[fileIndex]!, result, schemas, ids, mediaFiles));
  });
  files.forEach((source, i) => {
    if (local[i]) problems.push(...checkEntry(source, local[i], schemas, ids, mediaFiles));
  });
  await computing;
  await cache?.save();

  const counts = Object.fromEntries(collections.map((c) => [c.name, ids[c.name].size])) as Record<CollectionName, number>;
  const stats: CheckStats = { files: files.length, cached: cache?.hits ?? 0, workers: missing.length ? Math.min(workers, Math.ceil(missing.length / 20)) : 0, milliseconds: Math.round(performance.now() - started) };
  return { problems: sortProblems(problems), counts, stats };
}
