import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { idPattern, type CollectionName } from '../../schemas/common.ts';
import { collections, type CollectionSpec } from '../../schemas/index.ts';
import { ratingCriteria } from '../../schemas/vocabularies.ts';
import { readBody, sectionIssues } from '../mdx-body.ts';
import { didYouMean } from '../suggest.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { sortProblems, type Problem } from './problem.ts';
import { describeIssue } from './zod-issues.ts';

export type IdSets = Record<CollectionName, Set<string>>;

interface SourceFile {
  spec: CollectionSpec;
  /** Repository-relative path with forward slashes. */
  file: string;
  id: string;
  text: string;
}

/** Lists the entry files of a folder collection; reports files that would be silently skipped. */
async function listFolder(root: string, spec: CollectionSpec, problems: Problem[]): Promise<SourceFile[]> {
  const dir = path.join(root, spec.path);
  const shown = displayPath(root, spec.path);
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
  const files: SourceFile[] = [];
  for (const name of names.sort()) {
    const base = path.posix.basename(name);
    if (base.startsWith('_') || base.startsWith('.')) continue;
    const file = `${shown}/${name}`;
    if (!name.endsWith(spec.extension)) {
      problems.push({ file, field: 'file', message: `will not be published: ${spec.name} are ${spec.extension} files; rename it to ${name.replace(/\.[^.]+$/, '')}${spec.extension}` });
      continue;
    }
    const id = name.slice(0, -spec.extension.length);
    if (!idPattern.test(id)) {
      problems.push({ file, field: 'file', message: `"${id}" is not a valid id: the file name must be lowercase ASCII letters, digits and single hyphens, e.g. oulu-youth-budget${spec.extension}` });
      continue;
    }
    files.push({ spec, file, id, text: await readFile(path.join(dir, name), 'utf8') });
  }
  return files;
}

/** The line of a top-level YAML key, so a contributor can jump to it. */
function lineOfField(yamlText: string, field: string, firstLine: number): number | undefined {
  const key = field.split(/[.[]/)[0];
  const index = yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`));
  return index === -1 ? undefined : index + firstLine;
}

/** A reference that must name an existing entry: the check's stand-in for Astro's reference(). */
function refChecker(ids: IdSets) {
  return (collection: CollectionName) =>
    z.string({ error: `must be the id of a ${collection.replace(/s$/, '')}: a file name in content/${collection}/ without extension` }).superRefine((id, ctx) => {
      const known = ids[collection];
      if (known.has(id)) return;
      const suggestion = didYouMean(id, known);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      const message =
        collection === 'themes'
          ? `"${id}" is not a theme${hint || ';'} valid: ${[...known].join(', ')}`
          : `unknown ${collection.replace(/s$/, '')} "${id}"${hint || `: there is no content/${collection}/${id}; add it first (npm run new -- ${collection.replace(/s$/, '')} ${id})`}`;
      ctx.addIssue({ code: 'custom', message });
    });
}

function schemaProblems(spec: CollectionSpec, file: string, data: unknown, ids: IdSets, yamlText: string, firstLine: number): Problem[] {
  const schema = spec.schema(refChecker(ids));
  if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ file, line: firstLine, field: 'file', message: 'has no fields: write the front matter as "field: value" lines (start from npm run new)' }];
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    describeIssue(issue, schema).map(([field, message]) => {
      const line = lineOfField(yamlText, field, firstLine);
      return { file, ...(line ? { line } : {}), field: field || 'file', message };
    }),
  );
}

/** Each rating needs a reason in the body: the criterion's name has to appear there. */
function ratingProblems(file: string, data: unknown, bodyText: string): Problem[] {
  const ratings = (data as { ratings?: Record<string, unknown> }).ratings ?? {};
  const text = bodyText.toLowerCase();
  return ratingCriteria
    .filter((criterion) => criterion in ratings && !text.includes(criterion.slice(0, -2)))
    .map((criterion) => ({ file, field: `ratings.${criterion}`, message: `is rated but the body never mentions ${criterion}; add a sentence saying why it gets ${String(ratings[criterion])}` }));
}

function checkEntry(source: SourceFile, ids: IdSets): Problem[] {
  const { spec, file, text } = source;
  if (spec.extension === '.yaml') {
    const parsed = parseYaml(text);
    if (parsed.error) return [{ file, ...(parsed.error.line ? { line: parsed.error.line } : {}), field: 'file', message: parsed.error.message }];
    return schemaProblems(spec, file, parsed.data, ids, text, 1);
  }
  const split = splitFrontmatter(text);
  if (split.error) return [{ file, ...(split.error.line ? { line: split.error.line } : {}), field: 'file', message: split.error.message }];
  const frontmatterText = text.slice(text.indexOf('\n') + 1);
  const problems = schemaProblems(spec, file, split.data, ids, frontmatterText, 2);
  const body = readBody(split.body, split.bodyLine - 1);
  const bodyIssues = [...body.issues, ...(body.issues.some((i) => i.message.startsWith('MDX cannot')) ? [] : sectionIssues(body.sections, spec.sections))];
  problems.push(...bodyIssues.map((i) => ({ file, ...(i.line ? { line: i.line } : {}), field: 'body', message: i.message })));
  if (spec.name === 'tools' && split.data && typeof split.data === 'object') problems.push(...ratingProblems(file, split.data, body.text));
  return problems;
}

/** Reads the list collection (themes.yaml) into entries, reporting duplicates and missing ids. */
async function listEntries(root: string, spec: CollectionSpec, problems: Problem[]): Promise<Array<{ id: string; data: unknown; index: number }>> {
  const file = displayPath(root, spec.path);
  let text: string;
  try {
    text = await readFile(path.join(root, spec.path), 'utf8');
  } catch {
    problems.push({ file, field: 'file', message: `is missing: the ${spec.singular} vocabulary must exist` });
    return [];
  }
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

/** Checks every file in the content folder `root` and returns every problem, sorted by file and line. */
export async function checkContent(root: string): Promise<{ problems: Problem[]; counts: Record<CollectionName, number> }> {
  const problems: Problem[] = [];
  const ids = Object.fromEntries(collections.map((c) => [c.name, new Set<string>()])) as IdSets;
  const files: SourceFile[] = [];
  const listed: Array<{ spec: CollectionSpec; entries: Array<{ id: string; data: unknown; index: number }> }> = [];

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

  for (const { spec, entries } of listed) {
    for (const entry of entries) {
      for (const problem of schemaProblems(spec, displayPath(root, spec.path), entry.data, ids, '', 0)) {
        problems.push({ ...problem, field: `[${entry.index}]${problem.field === 'file' ? '' : `.${problem.field}`}` });
      }
    }
  }
  for (const source of files) problems.push(...checkEntry(source, ids));

  const counts = Object.fromEntries(collections.map((c) => [c.name, ids[c.name].size])) as Record<CollectionName, number>;
  return { problems: sortProblems(problems), counts };
}
