import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { commandEnv, repo, runAstro } from '../helpers.ts';
import { contentDir, project } from './project.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface BuiltSite {
  dir: string;
  base: string;
}

/** Builds the site from a content folder (absolute; the real content by default) under a base path, into a temp folder. */
export function buildSite(options: { content?: string; base?: string; outDir?: string; siteUrl?: string } = {}): BuiltSite {
  const base = options.base ?? '/';
  const dir = options.outDir ?? path.join(mkdtempSync(path.join(tmpdir(), 'atlas-site-')), 'dist');
  const run = runAstro(['build', '--outDir', dir], { ATLAS_CONTENT: options.content ?? contentDir(), BASE_PATH: base, ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}) }, project());
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  return { dir, base };
}

/**
 * `npm run build:offline` of a content folder (the real content by default) into `outDir` (and
 * `${outDir}.zip`). It runs the project copy's own src/cli/build-offline.ts, so the code of the
 * run's snapshot (tests/support/project.ts) is built, as by every other test build.
 */
export function buildOffline(outDir: string, content = contentDir()): void {
  const cwd = project();
  const run = spawnSync(path.join(repo, 'node_modules/.bin/node'), [path.join(cwd, 'src/cli/build-offline.ts')], { cwd, encoding: 'utf8', env: commandEnv({ ATLAS_CONTENT: content, OFFLINE_OUT: outDir }), timeout: 600_000 });
  if (run.status !== 0) throw new Error(`build:offline failed:\n${run.stdout}\n${run.stderr}`);
}

function sharedBuild(variable: string, base: string, setup: string): BuiltSite {
  const dir = process.env[variable];
  if (!dir || !existsSync(path.join(dir, 'index.html'))) throw new Error(`no built site in ${variable}: ${setup} did not run`);
  return { dir, base };
}

/** The shared build of the real content, made once per run in global setup (tests/support/main-build.ts). */
export const mainSite = (): BuiltSite => sharedBuild('ATLAS_TEST_DIST', '/', 'tests/support/main-build.ts');

/**
 * The shared build of the fixture content with the additions of tests/support/fixture-site.ts,
 * under the base path /kb/, made in global setup; `content` is the folder it was built from.
 */
export function fixtureSite(): BuiltSite & { content: string } {
  const content = process.env['ATLAS_TEST_FIXTURE_CONTENT'];
  if (!content) throw new Error('no fixture content: tests/support/global-setup.ts did not run');
  return { ...sharedBuild('ATLAS_TEST_FIXTURE_DIST', '/kb/', 'tests/support/global-setup.ts'), content };
}

/**
 * The shared offline edition of the real content (npm run build:offline), made in global setup
 * (tests/support/global-setup.ts): its folder; the zip is `${folder}.zip`. Opened from disk
 * (file://), so it has no base path.
 */
export function offlineSite(): string {
  const dir = process.env['ATLAS_TEST_OFFLINE_DIST'];
  if (!dir || !existsSync(path.join(dir, 'index.html'))) throw new Error('no offline edition in ATLAS_TEST_OFFLINE_DIST: tests/support/global-setup.ts did not run');
  return dir;
}

export const readBuilt = (site: BuiltSite, file: string) => readFileSync(path.join(site.dir, file), 'utf8');

/**
 * The Chromium every browser test and the benchmark (bench/browser.ts) drive: CHROMIUM_PATH when set
 * (CI points it at the runner's Google Chrome), otherwise Debian's /usr/bin/chromium.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A served site and a browser, with every request to another host recorded. */
export async function openSite(site: BuiltSite): Promise<{ server: RunningServer; browser: Browser; page: Page; foreign: string[]; close: () => Promise<void> }> {
  const server = await serveStatic(site.dir, site.base);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const origin = new URL(server.url).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return {
    server, browser, page, foreign,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
