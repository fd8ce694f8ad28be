/**
 * The one CSV writer of the site: the open data under /data/, the tables under /tables/, and
 * whatever a page later lets a reader download. No Node API and no dependency, so a browser
 * script can import it too.
 *
 * RFC 4180: comma-separated, CRLF after every row, a field in double quotes when it holds a
 * comma, a double quote or a line break (CR or LF), a double quote inside written twice. UTF-8
 * with a byte-order mark so spreadsheets read accents.
 *
 * Spreadsheets run a cell as a formula when its text starts with = + - @ (and Excel also after
 * a tab or carriage return), whoever wrote the text: "CSV injection" (OWASP; ASVS 5.0 1.2.10
 * asks for a leading apostrophe, and names the NUL character too). A text cell that starts
 * with one of these, or with the full-width ＝ ＋ － ＠ that Apple Numbers folds into them
 * (adaltas/node-csv#387), is written with a leading ' so it reads as text. A number is
 * written as the number: a longitude of -8.6 stays -8.6.
 */

/** A cell: text, or a number the record holds as a number. */
export type CsvCell = string | number;

const formulaStart = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;
const needsQuotes = /[",\r\n]/;

function field(cell: CsvCell): string {
  const text = typeof cell === 'number' ? String(cell) : formulaStart.test(cell) ? `'${cell}` : cell;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The text of a CSV file: the rows in order, the first usually the header. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(field).join(',')}\r\n`).join('')}`;
}
