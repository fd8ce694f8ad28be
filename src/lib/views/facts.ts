/**
 * The pieces entry pages are made of, as plain data: a fact (a label and its value), a value made
 * of parts (text, links, dates), and a link. View builders (./practice.ts, …) compute them;
 * src/components/Facts.astro renders them. Nothing here knows HTML.
 */

import type { CollectionName } from '../../site-model/collections.ts';
import type { SearchFacets } from '../search-facets.ts';

/** What every entry page with facts and a citation shows at its top; each view adds its own parts. */
export interface EntryView {
  entry: { collection: CollectionName; id: string };
  title: string;
  summary: string;
  /** What the search index records for the page. */
  facets: SearchFacets;
  /** The line above the title. */
  kicker: string;
  facts: Fact[];
  cite: { id: string; title: string; authors: readonly string[]; date: string };
}

/** A piece of a fact's value. A note is shown to readers and left out of the search index. */
export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'date'; text: string; datetime: string }
  | { kind: 'note'; text: string }
  | { kind: 'break' };

export interface Fact {
  label: string;
  value: Part[];
}

export interface Link {
  text: string;
  href: string;
}

export const text = (value: string): Part => ({ kind: 'text', text: value });
export const link = (value: string, href: string): Part => ({ kind: 'link', text: value, href });
export const date = (value: string, datetime: string): Part => ({ kind: 'date', text: value, datetime });
export const note = (value: string): Part => ({ kind: 'note', text: value });
export const lineBreak: Part = { kind: 'break' };

/** Links separated by commas; `empty` (or nothing) when there are none. */
export function linkList(links: readonly Link[], empty?: string): Part[] {
  if (links.length === 0) return empty === undefined ? [] : [text(empty)];
  return links.flatMap((l, i) => [...(i > 0 ? [text(', ')] : []), link(l.text, l.href)]);
}

/** Theme ids as links to their pages, named from the atlas (the id when a theme is unknown). */
export function themeLinks(themes: ReadonlyMap<string, { name: string }>, ids: readonly string[], href: (id: string) => string): Link[] {
  return ids.map((id) => ({ text: themes.get(id)?.name ?? id, href: href(id) }));
}

/** A fact, or none when its value is missing: `...optional(label, value && [text(value)])`. */
export function optional(label: string, value: Part[] | false | undefined | null | '' | 0): Fact[] {
  return value ? [{ label, value }] : [];
}

/** The plain text of a value, as a reader or a test reads it. */
export const plainText = (value: readonly Part[]) => value.map((p) => (p.kind === 'break' ? '\n' : p.text)).join('');
