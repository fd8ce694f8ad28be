import { getCollection, getEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { buildIndex, type AtlasIndex } from '../lib/atlas-index.ts';
import type { AtlasData } from '../lib/types.ts';
import type { BodyCollection } from '../site-model/collections.ts';

type Ref = { id: string };
const id = (ref: Ref) => ref.id;

async function load(): Promise<AtlasData> {
  const [practices, tools, reports, regions, themes] = await Promise.all([
    getCollection('practices'),
    getCollection('tools'),
    getCollection('reports'),
    getCollection('regions'),
    getCollection('themes'),
  ]);
  return {
    practices: practices.map(({ id: entryId, body, data: { transfer, ...data } }) => ({
      ...data,
      id: entryId,
      body: body ?? '',
      region: id(data.region),
      themes: data.themes.map(id),
      tools: data.tools.map(id),
      ...(transfer ? { transfer: transfer.map((t) => ({ ...t, region: id(t.region) })) } : {}),
    })),
    tools: tools.map((e) => ({ ...e.data, id: e.id, body: e.body ?? '', themes: e.data.themes.map(id) })),
    reports: reports.map(({ id: entryId, body, data: { tools: reportTools, actions, ...data } }) => ({
      ...data,
      id: entryId,
      body: body ?? '',
      host: id(data.host),
      participants: data.participants.map(id),
      practices: data.practices.map(id),
      ...(reportTools ? { tools: reportTools.map(id) } : {}),
      ...(actions ? { actions: actions.map((a) => ({ ...a, region: id(a.region) })) } : {}),
    })),
    regions: regions.map((e) => ({ ...e.data, id: e.id })),
    themes: themes.map((e) => e.data),
  };
}

let data: Promise<AtlasData> | undefined;
const indexes = new Map<Locale, Promise<AtlasIndex>>();

/** Every entry and every aggregate, in the order readers of `locale` expect: computed once per build and locale, shared by all pages. */
export function getAtlas(locale: Locale): Promise<AtlasIndex> {
  let index = indexes.get(locale);
  if (!index) {
    data ??= load();
    index = data.then((loaded) => buildIndex(loaded, locale));
    indexes.set(locale, index);
  }
  return index;
}

/**
 * getStaticPaths of an entry page: one page per entry that `select` picks from the atlas, the
 * entry as the `entry` prop: `getStaticPaths = () => entryPaths((atlas) => atlas.practices)`.
 */
export async function entryPaths<E extends { id: string }>(select: (atlas: AtlasIndex) => readonly E[]) {
  return select(await getAtlas(defaultLocale)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** The stored entry, for render() and <Content />. */
export async function getRenderable(collection: BodyCollection, entryId: string) {
  const entry = await getEntry(collection, entryId);
  if (!entry) throw new Error(`no ${collection} entry ${entryId}`);
  return entry;
}
