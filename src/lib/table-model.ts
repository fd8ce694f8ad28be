import { stringify } from 'csv-stringify/sync';

/** One cell: the text a reader sees (and the CSV holds), an optional link and an optional sort key. */
export interface Cell {
  text: string;
  href?: string | undefined;
  /** Numbers sort numerically; without it the text sorts alphabetically. */
  sort?: number | undefined;
}

export interface TableModel {
  /** Stable id: the CSV is tables/<id>.csv. */
  id: string;
  caption: string;
  columns: readonly { label: string; numeric?: boolean }[];
  /** The first cell of each row is its row header. */
  rows: readonly Cell[][];
}

/** RFC 4180 CSV of exactly the table's rows, with a header row, UTF-8 with BOM so spreadsheets read accents. */
export function tableToCsv(table: TableModel): string {
  const records = [table.columns.map((c) => c.label), ...table.rows.map((row) => row.map((cell) => cell.text))];
  return `\uFEFF${stringify(records, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`;
}

export const tableCsvPath = (table: Pick<TableModel, 'id'>) => `tables/${table.id}.csv`;
