/**
 * The machine-readable description of an entry page, for its <head>: schema.org JSON-LD, and the
 * title, date, authors and address that citation_* and Dublin Core meta carry. Pure functions of the atlas.
 *
 * Addresses are absolute when the site has one (SITE_URL); without (see open-data/address.ts) they
 * are relative to the page, which is how JSON-LD in a page resolves them: no host is ever invented.
 */
import { useTranslations, type Locale } from '../i18n/index.ts';
import { spdxLicenseIds } from '../schemas/common.ts';
import type { CollectionName } from '../site-model/collections.ts';
import type { AtlasIndex } from './atlas-index.ts';
import { countryLabel } from './format.ts';
import { addressesIn, publishedRoot } from './open-data/address.ts';
import { atlasModified, latest } from './open-data/dates.ts';
import type { Entry } from './open-data/records.ts';
import { routes } from './routes.ts';
import type { Practice, Region, Report, Theme, Tool } from './types.ts';

export interface EntryContext {
  /** The absolute root of the site (siteRoot); the root of a site without an address is read as its base path. */
  root: string;
  siteName: string;
  publisher: { name: string; url: string };
  licence: { name: string; url: string };
}

export interface EntryCitation {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  authors: string[];
  /** The page's address: absolute, or "./" (the page itself) when the site has no address. */
  url: string;
}

const organisation = (name: string) => ({ '@type': 'Organization', name });

/** An entry page's address, and how that page writes the site's other addresses. */
function pageAddresses(ctx: EntryContext, locale: Locale, kind: CollectionName, id: string) {
  const to = routes(publishedRoot(ctx.root), locale);
  const page = to.entry(kind, id);
  const address = addressesIn(to.root, page);
  return { to, address, url: address(page) };
}

function placeOf(url: string, region: Region, city?: string): Record<string, unknown> {
  return {
    '@type': 'Place',
    name: city ? `${city}, ${region.name}` : region.name,
    url,
    address: {
      '@type': 'PostalAddress',
      ...(city ? { addressLocality: city } : {}),
      addressRegion: region.name,
      addressCountry: region.country,
    },
    ...(region.coordinates ? { geo: { '@type': 'GeoCoordinates', latitude: region.coordinates[0], longitude: region.coordinates[1] } } : {}),
  };
}

const spdx = new Set(spdxLicenseIds);
/** An SPDX id as its spdx.org address; expressions and "proprietary" stay text. */
const licenseOf = (license: string) => (spdx.has(license) ? `https://spdx.org/licenses/${license}.html` : license);

function lookup(atlas: AtlasIndex, kind: CollectionName, id: string): Entry {
  const maps: Record<CollectionName, ReadonlyMap<string, Entry>> = {
    practices: atlas.practice, tools: atlas.tool, reports: atlas.report, regions: atlas.region, themes: atlas.theme,
  };
  const entry = maps[kind].get(id);
  if (!entry) throw new Error(`no ${kind} entry ${id}`);
  return entry;
}

/** schema.org JSON-LD of an entry page in `locale`. */
export function entryJsonLd(atlas: AtlasIndex, kind: CollectionName, id: string, ctx: EntryContext, locale: Locale): Record<string, unknown> {
  const { t, lang } = useTranslations(locale);
  const { to, address, url } = pageAddresses(ctx, locale, kind, id);
  const common = {
    '@context': 'https://schema.org',
    '@id': url,
    url,
    isPartOf: { '@type': 'WebSite', name: ctx.siteName, url: address(to.home) },
  };
  const publisher = { ...organisation(ctx.publisher.name), url: ctx.publisher.url };
  const work = { license: ctx.licence.url, publisher };
  const link = (target: string, type: string, name: string) => ({ '@type': type, name, url: address(target) });
  const place = (target: string, region: Region, city?: string) => placeOf(address(target), region, city);
  switch (kind) {
    case 'practices': {
      const p = lookup(atlas, kind, id) as Practice;
      const region = atlas.region.get(p.region);
      return {
        ...common,
        '@type': 'CreativeWork',
        name: p.title,
        headline: p.title,
        description: p.summary,
        inLanguage: p.language,
        // The atlas keeps no date of first publication: the entry as it stands was published on its last review.
        datePublished: p.updated,
        dateModified: p.updated,
        ...work,
        author: p.contributors.map(organisation),
        ...(region ? { spatialCoverage: place(to.region(region.id), region, p.city) } : {}),
        temporalCoverage: `${String(p.start)}/${p.end === undefined ? '..' : String(p.end)}`,
        about: p.themes.map((th) => link(to.theme(th), 'DefinedTerm', atlas.theme.get(th)?.name ?? th)),
        mentions: [organisation(p.institution), ...p.tools.map((tool) => link(to.tool(tool), 'SoftwareApplication', atlas.tool.get(tool)?.name ?? tool))],
        citation: p.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
      };
    }
    case 'tools': {
      const tool = lookup(atlas, kind, id) as Tool;
      return {
        ...common,
        // codeRepository belongs to SoftwareSourceCode: a tool with a public repository is both.
        '@type': tool.repository ? ['SoftwareApplication', 'SoftwareSourceCode'] : 'SoftwareApplication',
        name: tool.name,
        description: tool.summary,
        sameAs: tool.website,
        license: licenseOf(tool.license),
        ...(tool.repository ? { codeRepository: tool.repository } : {}),
        author: organisation(tool.maintainer),
        datePublished: String(tool.firstRelease),
        // The page as the atlas publishes it: its language, its publisher, and the date of the review it shows.
        inLanguage: lang,
        publisher,
        dateModified: tool.reviewed,
        review: {
          '@type': 'Review',
          url,
          datePublished: tool.reviewed,
          author: tool.reviewers.map(organisation),
          ...work,
        },
      };
    }
    case 'reports': {
      const r = lookup(atlas, kind, id) as Report;
      const host = atlas.region.get(r.host);
      const partners = r.participants.map((p) => atlas.region.get(p)?.partner?.organisation).filter((o): o is string => o !== undefined);
      return {
        ...common,
        '@type': 'Event',
        name: r.title,
        description: r.summary,
        startDate: r.date,
        ...(r.endDate ? { endDate: r.endDate } : {}),
        eventAttendanceMode: `https://schema.org/${r.kind === 'webinar' ? 'Online' : 'Offline'}EventAttendanceMode`,
        ...(host ? { location: place(to.region(host.id), host) } : {}),
        ...(host?.partner ? { organizer: organisation(host.partner.organisation) } : {}),
        ...(partners.length ? { attendee: [...new Set(partners)].map(organisation) } : {}),
        about: r.practices.map((p) => link(to.practice(p), 'CreativeWork', atlas.practice.get(p)?.title ?? p)),
      };
    }
    case 'regions': {
      const region = lookup(atlas, kind, id) as Region;
      return {
        ...common,
        ...place(to.region(region.id), region),
        ...(region.summary ? { description: region.summary } : {}),
        ...(region.nuts ? { identifier: { '@type': 'PropertyValue', propertyID: 'NUTS 2021', value: region.nuts } } : {}),
        containedInPlace: { '@type': 'Country', name: countryLabel(region.country, locale), identifier: region.country },
      };
    }
    case 'themes': {
      const theme = lookup(atlas, kind, id) as Theme;
      return {
        ...common,
        '@type': 'DefinedTerm',
        name: theme.name,
        description: theme.description,
        termCode: theme.id,
        inDefinedTermSet: { '@type': 'DefinedTermSet', name: t('themes.title'), url: address(to.themes) },
      };
    }
  }
}

/** Title, date, authors and address for citation_* and DC.* meta: the same the page's "Cite this page" shows. */
export function entryCitation(atlas: AtlasIndex, kind: CollectionName, id: string, ctx: EntryContext, locale: Locale): EntryCitation {
  const { url } = pageAddresses(ctx, locale, kind, id);
  const editors = [ctx.siteName];
  const newest = (dates: (string | undefined)[]) => latest(dates.filter((d): d is string => d !== undefined)) ?? atlasModified(atlas) ?? '';
  switch (kind) {
    case 'practices': {
      const p = lookup(atlas, kind, id) as Practice;
      return { title: p.title, date: p.updated, authors: p.contributors.length ? [...p.contributors] : editors, url };
    }
    case 'tools': {
      const tool = lookup(atlas, kind, id) as Tool;
      return { title: tool.name, date: tool.reviewed, authors: tool.reviewers.length ? [...tool.reviewers] : editors, url };
    }
    case 'reports': {
      const r = lookup(atlas, kind, id) as Report;
      return { title: r.title, date: r.date, authors: editors, url };
    }
    case 'regions': {
      const region = lookup(atlas, kind, id) as Region;
      const date = newest([
        ...(atlas.practicesByRegion.get(id) ?? []).map((p) => p.updated),
        ...(atlas.reportsHostedBy.get(id) ?? []).map((r) => r.date),
        ...(atlas.reportsAttendedBy.get(id) ?? []).map((r) => r.date),
      ]);
      return { title: region.name, date, authors: editors, url };
    }
    case 'themes': {
      const theme = lookup(atlas, kind, id) as Theme;
      const date = newest([
        ...(atlas.practicesByTheme.get(id) ?? []).map((p) => p.updated),
        ...(atlas.toolsByTheme.get(id) ?? []).map((x) => x.reviewed),
      ]);
      return { title: theme.name, date, authors: editors, url };
    }
  }
}
