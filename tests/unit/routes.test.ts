import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales, toLocale, useTranslations } from '../../src/i18n/index.ts';
import { compareText, formatDate, formatMoney, formatNumber, formatPeriodPoint } from '../../src/lib/format.ts';
import { countryParam, indexedPagesGlob, localeSegment, pageParam, pagePath, routes, siteRoot } from '../../src/lib/routes.ts';
import { collectionInfo, collectionNames, collectionRegistry, searchTypes } from '../../src/site-model/collections.ts';
import { repo } from '../helpers.ts';

describe('routes under the base path "/"', () => {
  const r = routes('/', 'en');

  it('puts entry pages and listings at /<route>/<id>/ and /<route>/', () => {
    expect(r.practice('decide-madrid')).toBe('/practices/decide-madrid/');
    expect(r.tool('decidim')).toBe('/tools/decidim/');
    expect(r.report('kick-off')).toBe('/reports/kick-off/');
    expect(r.region('madrid')).toBe('/regions/madrid/');
    expect(r.theme('open-data')).toBe('/themes/open-data/');
    expect(r.entry('regions', 'madrid')).toBe(r.region('madrid'));
    expect([r.practices, r.tools, r.reports, r.regions, r.themes]).toEqual(['/practices/', '/tools/', '/reports/', '/regions/', '/themes/']);
    expect(r.listing('tools')).toBe(r.tools);
  });

  it('builds the filtered listings and their later pages', () => {
    expect(r.practicesInCountry('FI')).toBe('/practices/country/fi/');
    expect(r.practicesAtLevel('municipal')).toBe('/practices/level/municipal/');
    expect(pagePath(r.practices, 1)).toBe('/practices/');
    expect(pagePath(r.practicesInCountry('FI'), 3)).toBe('/practices/country/fi/page/3/');
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, 'page/2']);
    expect(countryParam('GR')).toBe('gr');
  });

  it('has one address for every other page and file', () => {
    expect({
      root: r.root, home: r.home, search: r.search, searchFacets: r.searchFacets, compare: r.compare(), compareTwo: r.compare(['a', 'b']),
      compareData: r.compareData, toolsCompare: r.toolsCompare, about: r.about, accessibility: r.accessibility, data: r.data,
      json: r.dataFile('practices', 'json'), csv: r.dataFile('themes', 'csv'), schema: r.dataSchema('regions'), catalog: r.catalog,
      table: r.table('regions'), feed: r.feed, sitemap: r.sitemap, pagefind: r.pagefind, offlineIndex: r.offlineIndex,
      offlineCompareData: r.offlineCompareData, offlineScript: r.offlineScript('sortable-table'), media: r.media('/madrid/vote.png'), favicon: r.favicon,
    }).toEqual({
      root: '/', home: '/', search: '/search/', searchFacets: '/search/facets.json', compare: '/compare/', compareTwo: '/compare/?items=a,b',
      compareData: '/compare/data/', toolsCompare: '/tools/compare/', about: '/about/', accessibility: '/accessibility/', data: '/data/',
      json: '/data/practices.json', csv: '/data/themes.csv', schema: '/data/schema/regions.schema.json', catalog: '/data/catalog.jsonld',
      table: '/tables/regions.csv', feed: '/rss.xml', sitemap: '/sitemap-index.xml', pagefind: '/pagefind/pagefind.js', offlineIndex: '/offline/search-index.js',
      offlineCompareData: '/offline/compare-data.js', offlineScript: '/offline/sortable-table.js', media: '/media/madrid/vote.png', favicon: '/favicon.svg',
    });
  });

  it('puts a path relative to the site root under the root', () => {
    expect(r.at('practices/x/')).toBe('/practices/x/');
    expect(r.at('/regions/y/#theme-z')).toBe('/regions/y/#theme-z');
  });
});

describe('routes under the base path "/kb/"', () => {
  it('prefix every address with the base, however the base is written', () => {
    for (const base of ['/kb/', '/kb', 'kb/', 'kb']) {
      const r = routes(base, 'en');
      expect(r.root).toBe('/kb/');
      expect(r.home).toBe('/kb/');
      expect(r.practice('x')).toBe('/kb/practices/x/');
      expect(r.practicesInCountry('ES')).toBe('/kb/practices/country/es/');
      expect(r.dataFile('tools', 'csv')).toBe('/kb/data/tools.csv');
      expect(r.pagefind).toBe('/kb/pagefind/pagefind.js');
      expect(r.media('a.png')).toBe('/kb/media/a.png');
      expect(r.at('themes/y/')).toBe('/kb/themes/y/');
      expect(pagePath(r.practices, 2)).toBe('/kb/practices/page/2/');
    }
  });
});

describe('absolute and root-relative routes', () => {
  it('build the published addresses from the site root', () => {
    const root = siteRoot('https://example.org', '/kb');
    expect(root).toBe('https://example.org/kb/');
    const r = routes(root, 'en');
    expect(r.report('visit')).toBe('https://example.org/kb/reports/visit/');
    expect(r.dataSchema('practices')).toBe('https://example.org/kb/data/schema/practices.schema.json');
    expect(routes('https://example.org', 'en').home).toBe('https://example.org/');
  });

  it('give paths relative to the site root for models and scripts', () => {
    const r = routes('', 'en');
    expect(r.root).toBe('');
    expect(r.practice('x')).toBe('practices/x/');
    expect(r.table('tools-compare')).toBe('tables/tools-compare.csv');
    expect(r.offlineScript('compare-link')).toBe('offline/compare-link.js');
  });

  it('make each set of routes once', () => {
    expect(routes('/kb/', 'en')).toBe(routes('/kb/', 'en'));
  });
});

describe('locales', () => {
  it('serve the default locale at the root, any other under /<locale>/', () => {
    expect(defaultLocale).toBe('en');
    expect(localeSegment('en')).toBe('');
    expect(localeSegment('xx' as never)).toBe('xx/');
  });

  it('take a page’s locale from Astro, English while there is one language', () => {
    expect(locales).toEqual(['en']);
    expect(toLocale(undefined)).toBe('en');
    expect(toLocale('en')).toBe('en');
    expect(toLocale('fr')).toBe('en');
  });

  it('give each locale its translations and formats', () => {
    const { t, tv, lang, dir } = useTranslations('en');
    expect(useTranslations('en').t).toBe(t);
    expect([lang, dir]).toEqual(['en', 'ltr']);
    expect(t('period.range', { start: 2015, end: 2019 })).toBe('2015 – 2019');
    expect(t('pager.page', { number: 3 })).toBe('Page 3');
    expect(tv('level', 'municipal')).toBe('Municipal');
    expect(tv('level', 'no-such-level')).toBe('no-such-level');
    expect(tv('unit', 'count')).toBe('');
    expect(formatDate('2025-02-12', 'en')).toBe('12 February 2025');
    expect(formatPeriodPoint('2024-05', 'en')).toBe('May 2024');
    expect(formatNumber(45000, 'en')).toBe('45,000');
    expect(formatMoney(60_000_000, 'EUR', 'en')).toBe('€60,000,000');
    expect(['b', 'Á', 'a'].sort(compareText('en'))).toEqual(['a', 'Á', 'b']);
  });
});

describe('the collection registry', () => {
  it('names every collection, route, folder and open-data file once', () => {
    for (const key of ['name', 'route', 'folder', 'exportName'] as const) {
      const values = collectionRegistry.map((c) => c[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
    expect(collectionNames).toEqual(collectionRegistry.map((c) => c.name));
    expect(collectionInfo('themes')).toMatchObject({ layout: 'list', folder: 'themes.yaml', searchType: null });
  });

  it('gives the search index one type per indexed collection, in registry order', () => {
    expect(searchTypes).toEqual(['practice', 'tool', 'report', 'region']);
    expect(indexedPagesGlob(['en'])).toBe('{practices,tools,reports,regions}/*/index.html');
    expect(indexedPagesGlob(['en', 'xx' as never])).toBe('{,xx/}{practices,tools,reports,regions}/*/index.html');
  });

  it('has a page folder in src/pages for every route, and per-collection builders that do not collide', () => {
    for (const c of collectionRegistry) {
      expect(existsSync(path.join(repo, 'src/pages', c.route, '[id].astro')), c.route).toBe(true);
    }
    const r = routes('/', 'en');
    const fixed = Object.keys(routes('/', 'en')).filter((key) => !collectionRegistry.some((c) => c.name === key || c.singular === key));
    expect(fixed.length + collectionRegistry.length * 2).toBe(Object.keys(r).length);
  });
});
