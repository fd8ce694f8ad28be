import { toCsv, type CsvCell } from './csv.ts';

/** One cell: the text a reader sees (and the CSV holds), an optional link and an optional sort key. */
export interface Cell {
  text: string;
  /** Relative to the site root (routes('', locale)): the page puts it under the base. */
  href?: string | undefined;
  /**
   * Numbers sort numerically; without it the text sorts alphabetically. A cell whose text is
   * exactly its sort key written out (a count) is that number, and the CSV writes it as one.
   */
  sort?: number | undefined;
}

export interface TableModel {
  /** Stable id: names the CSV download (routes' table(id)). */
  id: string;
  caption: string;
  columns: readonly { label: string; numeric?: boolean }[];
  /** The first cell of each row is its row header. */
  rows: readonly Cell[][];
}

const csvCell = (cell: Cell): CsvCell => (cell.sort !== undefined && String(cell.sort) === cell.text ? cell.sort : cell.text);

/** CSV (see csv.ts) of exactly the table's rows, with a header row. */
export function tableToCsv(table: TableModel): string {
  return toCsv([table.columns.map((c) => c.label), ...table.rows.map((row) => row.map(csvCell))]);
}
