// Remembers the per-file results of the content check (front matter data and body problems, see
// local.ts) by a hash of the file's content, so a second run only re-reads files that changed.
// What depends on other files (references) and the schema rules are never cached: index.ts checks
// them every time. The cache is dropped whenever the checker's code or dependencies change.
//
// Where: node_modules/.cache/atlas-check/ of the repository. ATLAS_CHECK_CACHE=<folder> moves it;
// ATLAS_CHECK_CACHE=off (or npm run check -- --no-cache) turns it off.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { LocalJob, LocalResult } from './local.ts';

const formatVersion = 1;
/** Entries not used by this run that are kept (other content folders, older versions of files). */
const keepOthers = 20_000;

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

interface Stored {
  version: number;
  fingerprint: string;
  entries: Map<string, { used: number; result: LocalResult }>;
}

/** The cache folder, or undefined when caching is off. */
export function cacheDir(option?: string | false): string | undefined {
  const setting = option ?? process.env['ATLAS_CHECK_CACHE'];
  if (setting === false || (typeof setting === 'string' && /^(off|0|false|no)$/i.test(setting))) return undefined;
  if (setting) return path.resolve(setting);
  const modules = path.join(repoRoot, 'node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'atlas-check') : undefined;
}

/** local.ts and every file of ours it imports, followed transitively: the code a cached result depends on. */
export function localSources(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return;
    }
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) visit(path.resolve(path.dirname(file), match[1]!));
  };
  visit(fileURLToPath(new URL('./local.ts', import.meta.url)));
  visit(fileURLToPath(import.meta.url));
  return [...seen].sort();
}

/**
 * Everything a cached result depends on besides the file itself: the code that computes it
 * (local.ts and what it imports: the body reader, the vocabularies, the messages), the locked
 * dependency versions (remark, micromark, js-yaml) and Node's version. Any change there empties the cache.
 */
function fingerprint(): string {
  const hash = createHash('sha256').update(`${formatVersion}\0${process.versions.node}\0`);
  const inputs = [...localSources(), path.join(repoRoot, 'package-lock.json')];
  for (const pkg of ['js-yaml', 'unified', 'remark-parse', 'remark-mdx', 'micromark', 'micromark-extension-gfm-table', 'micromark-extension-gfm-footnote']) inputs.push(path.join(repoRoot, 'node_modules', pkg, 'package.json'));
  for (const file of inputs) {
    hash.update(`${path.relative(repoRoot, file)}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The key of one file's result: its content (`bytes`) and what the analysis was asked to check (`job`, text aside). */
export function jobKey(job: LocalJob, bytes: Uint8Array): string {
  return createHash('sha256').update(`${job.format}\0${job.sections.join('\n')}\0${String(job.ratings)}\0${JSON.stringify(job.templateSections)}\0`).update(bytes).digest('base64url');
}

export interface ResultCache {
  get(key: string): LocalResult | undefined;
  set(key: string, result: LocalResult): void;
  /** Writes the cache if anything changed; never fails the check. */
  save(): Promise<void>;
  readonly hits: number;
}

export async function openCache(dir: string | undefined): Promise<ResultCache | undefined> {
  if (!dir) return undefined;
  const file = path.join(dir, 'results.v8');
  const print = fingerprint();
  let stored: Stored = { version: formatVersion, fingerprint: print, entries: new Map() };
  try {
    const read = deserialize(await readFile(file)) as Stored;
    if (read.version === formatVersion && read.fingerprint === print && read.entries instanceof Map) stored = read;
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  const now = Date.now();
  const used = new Set<string>();
  let changed = false;
  let hits = 0;
  return {
    get(key) {
      const entry = stored.entries.get(key);
      if (!entry) return undefined;
      used.add(key);
      entry.used = now;
      hits++;
      return entry.result;
    },
    set(key, result) {
      stored.entries.set(key, { used: now, result });
      used.add(key);
      changed = true;
    },
    get hits() {
      return hits;
    },
    async save() {
      const others = [...stored.entries].filter(([key]) => !used.has(key));
      if (!changed && others.length <= keepOthers) return;
      const kept = others.sort((a, b) => b[1].used - a[1].used).slice(0, keepOthers);
      const entries = new Map([...stored.entries].filter(([key]) => used.has(key)).concat(kept));
      const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(temp, serialize({ version: formatVersion, fingerprint: print, entries } satisfies Stored));
        await rename(temp, file);
      } catch {
        await rm(temp, { force: true }).catch(() => undefined);
      }
    },
  };
}
