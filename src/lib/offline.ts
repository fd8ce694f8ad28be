/** Rewrites a built page so it works opened from disk (file://): every internal link relative and ending in index.html. Pure. */

const urlAttributes = /(\s(?:href|src|action|data-base|data-offline-index|data-bundle|data-csv-rows|data-csv-scripts))="([^"]*)"/g;

/** "practices/x/index.html" → "../../": the way back to the site root from a page. */
export function rootFrom(pagePath: string): string {
  return '../'.repeat(pagePath.split('/').length - 1);
}

/** One internal URL (site-absolute or relative) made relative to the page; directories get index.html. */
export function relativeUrl(url: string, pagePath: string, base: string): string {
  if (url.startsWith('#') || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return url;
  const origin = 'http://site';
  const resolved = new URL(url, `${origin}${base}${pagePath}`);
  if (!resolved.pathname.startsWith(base)) return url;
  const match = /^([^?#]*)([?#].*)?$/.exec(resolved.pathname.slice(base.length) + resolved.search + resolved.hash)!;
  let target = match[1] ?? '';
  const rest = match[2] ?? '';
  if (target === '' || target.endsWith('/')) target += 'index.html';
  return `${rootFrom(pagePath)}${target}${rest}`;
}

/** Classic scripts to load on a page instead of its module scripts, by the custom elements it uses. */
export function offlineScripts(html: string, elements: readonly string[]): string[] {
  return elements.filter((name) => html.includes(`<${name}`));
}

export function relativiseHtml(html: string, pagePath: string, base: string, classicScripts: readonly string[]): string {
  const root = rootFrom(pagePath);
  const withoutModules = html
    // Browsers refuse module scripts from file://; the offline edition loads classic bundles instead.
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(urlAttributes, (_all, attribute: string, value: string) => {
      if (attribute === ' data-base') return `${attribute}="${root}"`;
      return `${attribute}="${relativeUrl(value, pagePath, base)}"`;
    });
  const tags = classicScripts.map((src) => `<script src="${root}${src}" defer></script>`).join('');
  return withoutModules.replace('</head>', `${tags}</head>`);
}
