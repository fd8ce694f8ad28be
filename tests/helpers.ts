import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('..', import.meta.url));
export const fixture = (name: string) => path.join(repo, 'tests/fixtures', name, 'content');
const bin = (name: string) => path.join(repo, 'node_modules/.bin', name);

/**
 * Variables vitest puts into process.env that a command run by hand does not see: passed on, Vite's
 * BASE_URL would override the base path of a build, and NODE_ENV=test sends Astro's build through
 * Vite's dependency optimiser (node_modules/.vite/deps/, a write into the repository).
 */
const viteEnv = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);

/** The environment of a command the tests run, as a developer's shell would give it, plus `env`. */
export function commandEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !viteEnv.has(key))), ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/** Runs one of our CLIs (src/cli/*.ts) the way npm does, on the pinned Node; from the repository unless `cwd` says otherwise. */
export function runCli(script: string, args: string[], env: Record<string, string> = {}, cwd = repo): SpawnSyncReturns<string> {
  return spawnSync(bin('node'), [path.join(repo, 'src/cli', script), ...args], { cwd, encoding: 'utf8', env: commandEnv(env) });
}

/**
 * Runs `astro` in `cwd`: a copy of the project (tests/support/project.ts), so that no build writes
 * into the repository. Content comes from ATLAS_CONTENT, which must then be an absolute path.
 */
export function runAstro(args: string[], env: Record<string, string>, cwd: string): SpawnSyncReturns<string> {
  return spawnSync(bin('astro'), args, { cwd, encoding: 'utf8', env: commandEnv(env), timeout: 600_000 });
}

/** A scratch copy of a fixture content folder, to add or break files in. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-'));
  cpSync(fixture(name), path.join(dir, 'content'), { recursive: true });
  return path.join(dir, 'content');
}
