// The search page's "Download these practices (CSV)", loaded when a reader asks for it: the lines of
// the practices shown, joined under the header of /data/practices.csv (src/lib/search-csv.ts), saved
// from a blob: URL. Nothing here is fetched before that.
import { joinRows, practiceRowsGlobal, rowsFileOf, type PracticeRows } from '../lib/search-csv.ts';
import { loadScript } from './load-script.ts';
import type { SearchHit } from './search-common.ts';

export { csvFileName } from '../lib/search-csv.ts';

/**
 * File `n` of lines: fetched as JSON from the page's data-csv-rows; opened from disk (file://), where
 * nothing can be fetched, loaded as a classic script from data-csv-scripts (the offline edition's).
 */
async function rowsFile(dataset: DOMStringMap, n: number): Promise<PracticeRows> {
  if (location.protocol === 'file:') {
    const globals = window as unknown as Record<string, PracticeRows | undefined>;
    const name = practiceRowsGlobal(n);
    const src = `${dataset['csvScripts']}/${n}.js`;
    if (!globals[name]) await loadScript(src);
    const rows = globals[name];
    if (!rows) throw new Error(`${src} did not define ${name}`);
    return rows;
  }
  const response = await fetch(`${dataset['csvRows']}/${n}.json`);
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  return (await response.json()) as PracticeRows;
}

/** The CSV of the practice results `hits`, in their order, from the files of lines described by the page's `dataset`. */
export async function practicesCsv(hits: readonly SearchHit[], dataset: DOMStringMap): Promise<string> {
  const count = Number(dataset['csvFiles']);
  const paths = (await Promise.all(hits.map((hit) => hit.data()))).map((item) => item.path);
  const needed = [...new Set(paths.map((path) => rowsFileOf(path, count)))];
  return joinRows(await Promise.all(needed.map((n) => rowsFile(dataset, n))), paths);
}

/** Hands `text` to the browser as a file named `name`: a blob: URL followed by a link with `download`. */
export function saveText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  // The download has started from the URL by the next task; a minute leaves slow machines room.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
