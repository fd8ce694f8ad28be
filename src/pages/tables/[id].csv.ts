import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { defaultLocale } from '../../i18n/index.ts';
import { tableToCsv, type TableModel } from '../../lib/table-model.ts';
import { allTables } from '../../lib/tables.ts';

// The tables of the default locale; another locale's would be under its own folder.
export const getStaticPaths = (async () => {
  const atlas = await getAtlas(defaultLocale);
  return allTables(atlas, defaultLocale).map((table) => ({ params: { id: table.id }, props: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: TableModel }> = ({ props }) =>
  new Response(tableToCsv(props.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
