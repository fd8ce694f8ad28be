/**
 * "Download these results (CSV)" on the search page: the practices a search shows, as a file with
 * exactly the columns and the text of /data/practices.csv.
 *
 * The build cuts that file into finished lines, one per practice, written by the very function
 * that writes /data/practices.csv (recordsToCsv), so a line and the file's row cannot differ and
 * new columns flow in by themselves. The lines go into files of about 50 practices (the buckets of
 * compare-buckets.ts, keyed by the practice page's path): a download fetches only the files
 * holding the practices it needs, JSON over HTTP or a classic script from file://. The browser
 * then joins the head (byte-order mark and header line, as the file starts) and the lines.
 *
 * Pure, no Node API: the build and the browser script (src/scripts/search-download.ts) share it.
 */
import { compareBucket, compareBucketCount } from './compare-buckets.ts';
import { recordsToCsv, type Column } from './open-data/csv-columns.ts';
import type { ExportRecord } from './open-data/records.ts';

/** One file of lines: what the search page fetches (JSON) or loads (a classic script, offline). */
export interface PracticeRows {
  /** The start of /data/practices.csv: byte-order mark and header line, with its line end. */
  head: string;
  /** Page path of a practice (relative to the site root, as search results give it: "practices/<id>/") → its line, with its line end. */
  rows: Record<string, string>;
}

/** How many files the lines of `practices` practices go into; the page tells the browser. */
export const rowsFileCount = (practices: number) => compareBucketCount(practices);

/** The file holding the line of the practice at `path`. */
export const rowsFileOf = (path: string, count: number) => compareBucket(path, count);

/** The global a classic script of lines sets in the offline edition: window.__atlasPracticeRows0 for file 0. */
export const practiceRowsGlobal = (n: number) => `__atlasPracticeRows${n}`;

/** The files of lines of the practice records, under the columns of /data/practices.csv; `pathOf` gives a practice's page path from its id. */
export function practiceRowFiles(records: readonly ExportRecord[], columns: readonly Column[], pathOf: (id: string) => string): PracticeRows[] {
  const head = recordsToCsv([], columns);
  const count = rowsFileCount(records.length);
  const files: PracticeRows[] = Array.from({ length: count }, () => ({ head, rows: {} }));
  for (const record of records) {
    const text = recordsToCsv([record], columns);
    if (!text.startsWith(head)) throw new Error('recordsToCsv no longer starts a file with its header: the search download cannot cut it into lines');
    const path = pathOf(String(record['id']));
    files[rowsFileOf(path, count)]!.rows[path] = text.slice(head.length);
  }
  return files;
}

/**
 * The CSV of the practices at `paths`, in that order, from the files that hold them. A path with
 * no line is an error, never a row left out: the file must hold exactly the practices shown.
 */
export function joinRows(files: readonly PracticeRows[], paths: readonly string[]): string {
  const head = files[0]?.head;
  if (head === undefined) throw new Error('no file of practice lines');
  const lines = paths.map((path) => {
    const line = files.find((file) => Object.hasOwn(file.rows, path))?.rows[path];
    if (line === undefined) throw new Error(`no CSV line for ${path}`);
    return line;
  });
  return head + lines.join('');
}

/** The name the download is saved under: "atlas-search-" and the words and filter values of the search, "atlas-search.csv" for none. */
export function csvFileName(query: string, filters: Readonly<Partial<Record<string, readonly string[]>>> = {}): string {
  const words = [query, ...Object.values(filters).flatMap((values) => values ?? [])]
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `atlas-search${words ? `-${words}` : ''}.csv`;
}
