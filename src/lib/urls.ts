/** "/kb" or "kb/" → "/kb/"; empty → "/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A path under the base: withBase('/kb/', 'x/') → '/kb/x/'. Addresses of the site come from routes.ts, built on it. */
export function withBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}
