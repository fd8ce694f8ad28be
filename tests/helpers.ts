import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('..', import.meta.url));
export const fixture = (name: string) => path.join(repo, 'tests/fixtures', name, 'content');
const bin = (name: string) => path.join(repo, 'node_modules/.bin', name);

/** Runs one of our CLIs (src/cli/*.ts) the way npm does, on the pinned Node. */
export function runCli(script: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(bin('node'), [path.join(repo, 'src/cli', script), ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env } });
}

/** Vite's variables that vitest puts into process.env; passed on, BASE_URL would override the base path of a build. */
const viteEnv = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

export function runAstro(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !viteEnv.has(key)));
  return spawnSync(bin('astro'), args, { cwd: repo, encoding: 'utf8', env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env }, timeout: 600_000 });
}

/** A scratch copy of a fixture content folder, to add or break files in. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-'));
  cpSync(fixture(name), path.join(dir, 'content'), { recursive: true });
  return path.join(dir, 'content');
}
