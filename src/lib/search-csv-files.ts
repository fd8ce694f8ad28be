/**
 * The files of practice lines the search page's CSV download reads (see search-csv.ts), cut from
 * the very export that writes /data/practices.csv: same records, same columns, same root.
 */
import type { Locale } from '../i18n/locales.ts';
import type { AtlasIndex } from './atlas-index.ts';
import { exportsFor } from './open-data/files.ts';
import { offlineFolder, routes, type Routes } from './routes.ts';
import { practiceRowFiles, type PracticeRows } from './search-csv.ts';
import { collectionInfo } from '../site-model/collections.ts';

/**
 * The lines of /data/practices.csv as published under the absolute root `root` (written, like that
 * file, for the default locale `dataLocale`), keyed by the page paths of `pageLocale`, whose search
 * results they are.
 */
export function searchRowFiles(atlas: AtlasIndex, root: string, dataLocale: Locale, pageLocale: Locale): PracticeRows[] {
  const practices = collectionInfo('practices');
  const { records, columns } = exportsFor(atlas, root, dataLocale)[practices.name];
  return practiceRowFiles(records, columns, routes('', pageLocale).practice);
}

/**
 * The folders of those files, as the search page gives them to its script: <n>.json under the
 * search page (src/pages/search/practice-rows/), and in the offline edition <n>.js, their twins as
 * classic scripts (src/pages/offline/practice-rows/). Without a final slash, so the offline edition
 * rewrites them as folders and not as their index.html (src/lib/offline.ts).
 */
export const practiceRowsFolder = (r: Routes) => `${r.search}practice-rows`;
export const practiceRowScriptsFolder = (r: Routes) => `${r.at(offlineFolder)}/practice-rows`;
