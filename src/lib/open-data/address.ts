/**
 * The site's own address in what it publishes. A build with SITE_URL writes absolute addresses
 * under it. A build without one (a preview, the offline edition, a partner's test build) has no
 * address of its own and publishes no host at all: relative addresses where a format resolves
 * them against the file they are in, and nothing where a format needs an absolute one.
 *
 * Astro needs some `site` to build; without SITE_URL it gets `unsetSite`, a reserved name that
 * never resolves (RFC 2606 .invalid), which `publishedRoot` turns back into "no address".
 */
/** True for an absolute address ("https://…", "mailto:…"), false for a path. */
const hasScheme = (address: string) => /^[a-z][a-z0-9+.-]*:/i.test(address);

/** The `site` Astro builds with when SITE_URL is not set. Nothing the build writes may contain it. */
export const unsetSite = 'https://site-url-not-set.invalid/';
const unsetHost = new URL(unsetSite).hostname;

/** True for the address of a published site: SITE_URL, not `unsetSite`. */
export function isPublished(site: string | URL | undefined): site is string | URL {
  return site !== undefined && hasScheme(String(site)) && new URL(site).hostname !== unsetHost;
}

/**
 * The root published addresses are written under: the absolute root of the site
 * ("https://atlas.example.eu/kb/", from siteRoot) when it has an address, else its base path ("/kb/").
 */
export function publishedRoot(root: string): string {
  return hasScheme(root) && !isPublished(root) ? new URL(root).pathname : root;
}

/** True when a root from `publishedRoot` carries the site's address. */
export const hasHost = (root: string) => hasScheme(root);

/**
 * `target` as a reference relative to the file at `from`, both paths from the same root:
 * ("/kb/data/catalog.jsonld", "/kb/practices/") → "../practices/"; ("/kb/data/x.json", "/kb/data/#a") → "./#a".
 */
export function relativeAddress(from: string, target: string): string {
  const cut = target.search(/[?#]/);
  const [path, suffix] = cut < 0 ? [target, ''] : [target.slice(0, cut), target.slice(cut)];
  const fromDirs = from.split('/').slice(0, -1);
  const targetParts = path.split('/');
  const targetDirs = targetParts.slice(0, -1);
  const file = targetParts.at(-1) ?? '';
  let common = 0;
  while (common < fromDirs.length && common < targetDirs.length && fromDirs[common] === targetDirs[common]) common++;
  const relative = `${'../'.repeat(fromDirs.length - common)}${targetDirs.slice(common).map((dir) => `${dir}/`).join('')}${file}`;
  return `${relative === '' ? './' : relative}${suffix}`;
}

/**
 * How a file at `self` (an address under `root`) writes the site's addresses: unchanged when the
 * root is absolute, relative to itself when the site has no address.
 */
export function addressesIn(root: string, self: string): (address: string) => string {
  return hasHost(root) ? (address) => address : (address) => (hasScheme(address) ? address : relativeAddress(self, address));
}

/** Astro's route of the not-found page (src/pages/404.astro), served in place of any missing page. */
const notFoundRoute = '/404';

/**
 * The absolute address of the page at `pathname` (base path included) rendered by `route` (Astro.routePattern),
 * or undefined when the site has no address, and for the not-found page, which has no address of its own.
 */
export function pageAddress(site: string | URL | undefined, pathname: string, route?: string): string | undefined {
  return isPublished(site) && route !== notFoundRoute ? new URL(pathname, site).href : undefined;
}
