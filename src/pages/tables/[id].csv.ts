import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { tableToCsv, type TableModel } from '../../lib/table-model.ts';
import { allTables } from '../../lib/tables.ts';

export const getStaticPaths = (async () => {
  const atlas = await getAtlas();
  return allTables(atlas).map((table) => ({ params: { id: table.id }, props: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: TableModel }> = ({ props }) =>
  new Response(tableToCsv(props.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
