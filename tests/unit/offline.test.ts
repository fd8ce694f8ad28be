import { describe, expect, it } from 'vitest';
import { relativeUrl, relativiseHtml, rootFrom } from '../../src/lib/offline.ts';

describe('offline links', () => {
  it('finds the way back to the root from any page', () => {
    expect(rootFrom('index.html')).toBe('');
    expect(rootFrom('practices/decide-madrid/index.html')).toBe('../../');
  });

  it('makes site links relative and ending in index.html, keeping query and fragment', () => {
    const page = 'practices/decide-madrid/index.html';
    expect(relativeUrl('/', page, '/')).toBe('../../index.html');
    expect(relativeUrl('/tools/decidim/', page, '/')).toBe('../../tools/decidim/index.html');
    expect(relativeUrl('/compare/?items=a,b', page, '/')).toBe('../../compare/index.html?items=a,b');
    expect(relativeUrl('/regions/#theme-open-data', 'regions/index.html', '/')).toBe('../regions/index.html#theme-open-data');
    expect(relativeUrl('/_astro/Base.css', 'index.html', '/')).toBe('_astro/Base.css');
    expect(relativeUrl('https://example.org/', page, '/')).toBe('https://example.org/');
    expect(relativeUrl('#main', page, '/')).toBe('#main');
    expect(relativeUrl('../regions/nicosia/', 'about/index.html', '/')).toBe('../regions/nicosia/index.html');
    expect(relativeUrl('mailto:a@example.org', page, '/')).toBe('mailto:a@example.org');
  });

  it('swaps module scripts for classic ones', () => {
    const html = '<html><head><script type="module" src="/_astro/x.js"></script></head><body><a href="/search/">s</a><sortable-table></sortable-table></body></html>';
    const out = relativiseHtml(html, 'tools/index.html', '/', ['offline/sortable-table.js']);
    expect(out).not.toContain('type="module"');
    expect(out).toContain('<script src="../offline/sortable-table.js" defer></script></head>');
    expect(out).toContain('<a href="../search/index.html">');
  });
});
