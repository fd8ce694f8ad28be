/** "/kb" or "kb/" → "/kb/"; empty → "/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site path under the base: withBase('/kb/', 'practices/x/') → '/kb/practices/x/'. */
export function withBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

export type EntryKind = 'practices' | 'tools' | 'reports' | 'regions' | 'themes';

/** The stable path of an entry page, without base: practices/decide-madrid/. */
export function entryPath(kind: EntryKind, id: string): string {
  return `${kind}/${id}/`;
}
