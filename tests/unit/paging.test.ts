import { describe, expect, it } from 'vitest';
import { compareBucket, compareBucketCount } from '../../src/lib/compare-buckets.ts';
import { laterPages, listingPage, listingRoutes, pageCount, pagerNumbers } from '../../src/lib/paging.ts';
import { pagePath } from '../../src/lib/routes.ts';

const items = Array.from({ length: 50 }, (_, i) => i + 1);

describe('listing pages', () => {
  it('splits 50 items into pages of 24: 1–24, 25–48, 49–50', () => {
    expect(pageCount(50)).toBe(3);
    expect(listingPage(items, 1)).toMatchObject({ number: 1, count: 3, first: 1, last: 24, total: 50 });
    expect(listingPage(items, 2).items[0]).toBe(25);
    expect(listingPage(items, 3)).toMatchObject({ items: [49, 50], first: 49, last: 50 });
    expect(laterPages(50)).toEqual([2, 3]);
  });

  it('has one page for an empty or short listing, and no later pages', () => {
    expect(listingPage([], 1)).toMatchObject({ count: 1, items: [], first: 0, last: 0, total: 0 });
    expect(laterPages(24)).toEqual([]);
    expect(laterPages(25)).toEqual([2]);
  });

  it('refuses a page that does not exist', () => {
    expect(() => listingPage(items, 4)).toThrow('page 4 is not between 1 and 3');
    expect(() => listingPage(items, 0)).toThrow(RangeError);
  });

  it('puts later pages under page/<n>/ of the first page', () => {
    expect(pagePath('practices/', 1)).toBe('practices/');
    expect(pagePath('practices/country/fi/', 3)).toBe('practices/country/fi/page/3/');
  });

  it('links the first, the last and two pages either side of the current one', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(1, 42)).toEqual([1, 2, 3, null, 42]);
    expect(pagerNumbers(6, 42)).toEqual([1, null, 4, 5, 6, 7, 8, null, 42]);
    expect(pagerNumbers(42, 42)).toEqual([1, null, 40, 41, 42]);
    expect(pagerNumbers(4, 42)).toEqual([1, 2, 3, 4, 5, 6, null, 42]);
  });
});

describe('compare data files', () => {
  it('holds about 50 practices each, at most a few dozen more in the fullest', () => {
    expect(compareBucketCount(0)).toBe(1);
    expect(compareBucketCount(50)).toBe(1);
    expect(compareBucketCount(1000)).toBe(20);
    const ids = Array.from({ length: 5000 }, (_, i) => `city-${['open', 'budget', 'petition', 'co'][i % 4]}-${i}`);
    const count = compareBucketCount(ids.length);
    const sizes = new Array<number>(count).fill(0);
    for (const id of ids) sizes[compareBucket(id, count)]!++;
    expect(Math.min(...sizes)).toBeGreaterThan(25);
    expect(Math.max(...sizes)).toBeLessThan(80);
  });

  it('puts an id in the same file every time, within range', () => {
    for (const count of [1, 3, 20, 101]) {
      const bucket = compareBucket('decide-madrid', count);
      expect(bucket).toBe(compareBucket('decide-madrid', count));
      expect(bucket >= 0 && bucket < count).toBe(true);
    }
  });
});

describe('listing routes', () => {
  it('puts the first page at the listing itself and later ones under page/<n>', () => {
    expect(listingRoutes(50)).toEqual([{ page: undefined, number: 1 }, { page: 'page/2', number: 2 }, { page: 'page/3', number: 3 }]);
    expect(listingRoutes(0)).toEqual([{ page: undefined, number: 1 }]);
  });
});
