// Quality gates over a built site folder. Each returns the problems it finds; tests assert there are none,
// and prove each gate fails on a deliberately broken page.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';

export function listFiles(dir: string, ext?: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => statSync(path.join(dir, f)).isFile() && (!ext || f.endsWith(ext)))
    .sort();
}

/** Every internal href/src resolves to a file, and every #fragment to an id in its target. */
export function brokenLinks(dir: string, base = '/'): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set(parse(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((e) => e.id)));
    return ids.get(file)!;
  };
  for (const page of listFiles(dir, '.html')) {
    const pageUrl = new URL(`http://site${base}${page}`);
    const root = parse(readFileSync(path.join(dir, page), 'utf8'));
    for (const el of root.querySelectorAll('[href], [src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^(mailto:|tel:)/.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      if (url.origin !== 'http://site') continue;
      if (!url.pathname.startsWith(base)) {
        problems.push(`${page}: ${raw} is outside the base path ${base}`);
        continue;
      }
      let target = path.join(dir, decodeURIComponent(url.pathname.slice(base.length)));
      if (existsSync(target) && statSync(target).isDirectory()) target = path.join(target, 'index.html');
      if (!existsSync(target)) {
        problems.push(`${page}: ${raw} does not exist`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) problems.push(`${page}: ${raw} has no #${fragment} target`);
    }
  }
  return problems;
}

/** Every page carries a strict Content-Security-Policy in a <meta> tag. */
export function cspProblems(dir: string): string[] {
  const problems: string[] = [];
  for (const page of listFiles(dir, '.html')) {
    const meta = parse(readFileSync(path.join(dir, page), 'utf8')).querySelector('meta[http-equiv="content-security-policy" i]');
    const csp = meta?.getAttribute('content');
    if (!csp) {
      problems.push(`${page}: no Content-Security-Policy meta tag`);
      continue;
    }
    const directives = new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name!, values] as const;
    }));
    const script = directives.get('script-src') ?? directives.get('default-src') ?? [];
    if (script.includes("'unsafe-inline'") || script.includes("'unsafe-eval'")) problems.push(`${page}: script-src allows inline or eval code`);
    if (directives.get('default-src')?.join(' ') !== "'self'") problems.push(`${page}: default-src is not 'self'`);
    if (directives.get('connect-src')?.join(' ') !== "'self'") problems.push(`${page}: connect-src is not 'self'`);
    if (/https?:|\*|\bdata:/.test(csp)) problems.push(`${page}: the policy names another origin: ${csp.match(/[^\s;]*(https?:|\*|data:)[^\s;]*/)?.[0]}`);
  }
  return problems;
}

/** W3C-conformant HTML: html-validate's standard rules over every page. */
export async function htmlErrors(dir: string): Promise<string[]> {
  const validator = new HtmlValidate({
    extends: ['html-validate:standard'],
    rules: {
      // Astro writes <!DOCTYPE html>; both cases are valid.
      'doctype-style': 'off',
      'void-style': 'off',
    },
  });
  const problems: string[] = [];
  for (const page of listFiles(dir, '.html')) {
    const report = await validator.validateFile(path.join(dir, page));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    }
  }
  return problems;
}

export interface Budgets {
  htmlPerPage: number;
  cssTotal: number;
  jsPerPageType: Record<string, number>;
}

/** The page type of a built page: its first path segment, or "home". */
export function pageType(page: string): string {
  const first = page.split('/')[0]!;
  return page === 'index.html' ? 'home' : first.endsWith('.html') ? first.replace('.html', '') : first;
}

export interface SizeReport {
  html: Record<string, number>;
  cssTotal: number;
  /** The largest JavaScript a page of each type loads (its own script files, not Pagefind's lazily loaded bundle). */
  jsByType: Record<string, number>;
  pagefindBytes: number;
}

export function measureSizes(dir: string): SizeReport {
  const html: Record<string, number> = {};
  const jsByType: Record<string, number> = {};
  for (const page of listFiles(dir, '.html')) {
    const text = readFileSync(path.join(dir, page), 'utf8');
    html[page] = Buffer.byteLength(text);
    const scripts = parse(text).querySelectorAll('script').filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
    const bytes = scripts.reduce((sum, script) => {
      const src = script.getAttribute('src');
      if (!src) return sum + Buffer.byteLength(script.textContent);
      const file = path.join(dir, src.replace(/^\/+/, ''));
      return sum + (existsSync(file) ? statSync(file).size : 0);
    }, 0);
    const type = pageType(page);
    jsByType[type] = Math.max(jsByType[type] ?? 0, bytes);
  }
  const css = listFiles(dir, '.css').filter((f) => !f.startsWith('pagefind/'));
  const pagefind = existsSync(path.join(dir, 'pagefind')) ? listFiles(path.join(dir, 'pagefind')) : [];
  return {
    html,
    cssTotal: css.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0),
    jsByType,
    pagefindBytes: pagefind.reduce((sum, f) => sum + statSync(path.join(dir, 'pagefind', f)).size, 0),
  };
}

export function budgetProblems(sizes: SizeReport, budgets: Budgets): string[] {
  const problems: string[] = [];
  for (const [page, bytes] of Object.entries(sizes.html)) {
    if (bytes > budgets.htmlPerPage) problems.push(`${page}: ${bytes} bytes of HTML, over the budget of ${budgets.htmlPerPage}`);
  }
  if (sizes.cssTotal > budgets.cssTotal) problems.push(`CSS: ${sizes.cssTotal} bytes in all, over the budget of ${budgets.cssTotal}`);
  for (const [type, bytes] of Object.entries(sizes.jsByType)) {
    const budget = budgets.jsPerPageType[type] ?? budgets.jsPerPageType['default'] ?? 0;
    if (bytes > budget) problems.push(`${type} pages: ${bytes} bytes of JavaScript, over the budget of ${budget}`);
  }
  return problems;
}

/** sha256 of every file, by path: two builds of one commit must agree (bench/run.ts compares its two builds of ours). */
export function treeHashes(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

/** The files that differ between two treeHashes() results: changed, added or missing. */
export function differingFiles(a: Record<string, string>, b: Record<string, string>): string[] {
  return Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]).sort();
}
