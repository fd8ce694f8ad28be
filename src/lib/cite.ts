/** Citation strings for an entry page: plain text and BibTeX. Pure. */
export interface Citable {
  id: string;
  title: string;
  authors: readonly string[];
  /** YYYY-MM-DD of the last review. */
  date: string;
  /** The page's absolute address; undefined when the site was built without one (no SITE_URL): the citation then names none. */
  url: string | undefined;
  siteName: string;
  /** "last reviewed 2026-01-02", in the reader's language (cite.reviewed). */
  reviewedNote: string;
}

export function citeText(c: Citable): string {
  const authors = c.authors.length ? c.authors.join(', ') : c.siteName;
  return `${authors} (${c.date.slice(0, 4)}). ${c.title}. ${c.siteName}.${c.url ? ` ${c.url}` : ''} (${c.reviewedNote}).`;
}

const bibEscape = (s: string) => s.replace(/[\\{}]/g, (ch) => `\\${ch}`).replace(/[&%$#_]/g, (ch) => `\\${ch}`);

export function citeBibtex(c: Citable): string {
  const key = `atlas-${c.id}`.replace(/[^a-z0-9-]/g, '');
  const authors = (c.authors.length ? c.authors : [c.siteName]).map((a) => `{${bibEscape(a)}}`).join(' and ');
  return [
    `@misc{${key},`,
    `  title = {${bibEscape(c.title)}},`,
    `  author = {${authors}},`,
    `  year = {${c.date.slice(0, 4)}},`,
    `  howpublished = {${bibEscape(c.siteName)}},`,
    ...(c.url ? [`  url = {${c.url}},`] : []),
    `  note = {${bibEscape(c.reviewedNote.charAt(0).toUpperCase() + c.reviewedNote.slice(1))}}`,
    '}',
  ].join('\n');
}
