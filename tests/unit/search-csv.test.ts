// The search page's CSV download, its pure part (src/lib/search-csv.ts): the lines cut from the
// writer of /data/practices.csv, joined again for the practices a search shows; the file's name; the
// link's text. The browser side is tested in tests/site/search-csv.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativiseHtml } from '../../src/lib/offline.ts';
import { columnsOf, recordsToCsv } from '../../src/lib/open-data/csv-columns.ts';
import { recordSchema, type ExportRecord } from '../../src/lib/open-data/records.ts';
import { routes } from '../../src/lib/routes.ts';
import { csvFileName, joinRows, practiceRowFiles, rowsFileCount, rowsFileOf } from '../../src/lib/search-csv.ts';
import { practiceCountText } from '../../src/scripts/search-common.ts';
import { repo } from '../helpers.ts';

const columns = columnsOf(recordSchema('practices', 'en'));
const pathOf = routes('', 'en').practice;
const messages = JSON.parse(readFileSync(path.join(repo, 'src/i18n/en.json'), 'utf8')) as Record<string, string>;

/** Practices whose cells need every rule of the CSV writer: quotes, commas, line breaks, formulas, numbers, lists. */
const tricky: ExportRecord[] = [
  { id: 'a-comma', title: 'Budget, with "quotes"', summary: 'Two lines\r\nof text', themes: ['open-data', 'co-creation'], resources: { budget: { amount: 500000, currency: 'EUR', year: 2020 } } },
  { id: 'b-formula', title: '=HYPERLINK("https://example.org/")', city: '-Porto', institution: '@Office', stakeholders: ['+one', 'Résidents de Sète'] },
  { id: 'c-plain', title: 'Plain', indicators: [{ label: 'Turnout', value: -3.5, unit: 'percent', year: 2020 }, { label: 'Votes', value: 1200, unit: 'people' }] },
];
/** Enough practices for three files of lines (about 50 each). */
const many: ExportRecord[] = [...tricky, ...Array.from({ length: 117 }, (_, i) => ({ id: `practice-${String(i).padStart(3, '0')}`, title: `Practice ${i}, "numbered"` }))];

describe('the lines of /data/practices.csv', () => {
  it('are cut from the file itself: its head and every line, in order, give back the very text of /data/practices.csv', () => {
    for (const records of [tricky, many]) {
      const files = practiceRowFiles(records, columns, pathOf);
      const rows = Object.assign({}, ...files.map((f) => f.rows)) as Record<string, string>;
      expect(files.map((f) => f.head)).toEqual(files.map(() => recordsToCsv([], columns)));
      expect(files[0]!.head + records.map((r) => rows[pathOf(String(r['id']))]).join('')).toBe(recordsToCsv(records, columns));
      expect(Object.keys(rows)).toHaveLength(records.length);
    }
  });

  it('go into files of about 50 practices, each line in the file the browser will look in', () => {
    const files = practiceRowFiles(many, columns, pathOf);
    expect(files).toHaveLength(rowsFileCount(many.length));
    expect(files).toHaveLength(3);
    files.forEach((file, n) => {
      for (const key of Object.keys(file.rows)) expect(rowsFileOf(key, files.length)).toBe(n);
    });
    expect(Object.keys(files[0]!.rows).every((key) => /^practices\/[^/]+\/$/.test(key))).toBe(true);
  });

  it('are joined for exactly the practices asked for, in their order, under the header', () => {
    const files = practiceRowFiles(many, columns, pathOf);
    const head = recordsToCsv([], columns);
    const chosen = ['c-plain', 'practice-116', 'a-comma', 'practice-007'];
    expect(joinRows(files, chosen.map(pathOf))).toBe(head + chosen.map((id) => recordsToCsv([many.find((r) => r['id'] === id)!], columns).slice(head.length)).join(''));
    expect(joinRows(files, chosen.map(pathOf))).toBe(recordsToCsv(chosen.map((id) => many.find((r) => r['id'] === id)!), columns));
    expect(joinRows(files, [])).toBe(head);
    expect(head.startsWith('\uFEFFid,title,summary,')).toBe(true);
    expect(head.endsWith('\r\n')).toBe(true);
  });

  it('refuse a practice they have no line for rather than leave it out', () => {
    const files = practiceRowFiles(tricky, columns, pathOf);
    expect(() => joinRows(files, [pathOf('a-comma'), pathOf('not-there')])).toThrow('no CSV line for practices/not-there/');
    expect(() => joinRows(files, ['tools/a-comma/'])).toThrow();
    expect(() => joinRows([], [])).toThrow();
  });
});

describe('the download', () => {
  it('is named after the words and filters of the search', () => {
    expect(csvFileName('participation', { theme: ['participatory-budgeting'] })).toBe('atlas-search-participation-participatory-budgeting.csv');
    expect(csvFileName('  Open DATA  ', {})).toBe('atlas-search-open-data.csv');
    expect(csvFileName('Timișoara café', { type: ['practice'], region: ['west-romania'] })).toBe('atlas-search-timisoara-cafe-practice-west-romania.csv');
    expect(csvFileName('Συμμετοχή')).toBe('atlas-search-συμμετοχη.csv');
    expect(csvFileName('../../etc/passwd "x"; rm')).toBe('atlas-search-etc-passwd-x-rm.csv');
    expect(csvFileName('')).toBe('atlas-search.csv');
    expect(csvFileName('', {})).toBe('atlas-search.csv');
    const long = csvFileName('a very long query about participatory budgeting in many cities of Europe and beyond');
    expect(long).toMatch(/^atlas-search-[a-z0-9-]{1,60}\.csv$/);
    expect(long).not.toMatch(/-\.csv$/);
  });

  it("link says how many practices it holds, and nothing when there are none", () => {
    const texts = { one: messages['search.csv.one']!, many: messages['search.csv.many']! };
    expect(practiceCountText(12, texts)).toBe('Download these 12 practices (CSV)');
    expect(practiceCountText(2, texts)).toBe('Download these 2 practices (CSV)');
    expect(practiceCountText(1, texts)).toBe('Download this practice (CSV)');
    expect(practiceCountText(0, texts)).toBeUndefined();
    expect(messages['search.csv.all']).toBe('Download every practice (CSV)');
  });

  it('finds its files from disk in the offline edition: both folders are made relative to the page', () => {
    const html = '<html><head></head><body><atlas-search data-csv-rows="/search/practice-rows" data-csv-scripts="/offline/practice-rows"><a href="/data/practices.csv" data-csv-link>x</a></atlas-search></body></html>';
    const out = relativiseHtml(html, 'search/index.html', '/', []);
    expect(out).toContain('data-csv-rows="../search/practice-rows"');
    expect(out).toContain('data-csv-scripts="../offline/practice-rows"');
    expect(out).toContain('href="../data/practices.csv"');
  });
});
