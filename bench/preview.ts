// Serves a finished build with `astro preview`, the server `npm start` runs. Like GitHub Pages,
// Netlify and most web servers it gzip-compresses text (HTML, CSS, JavaScript, JSON), so the
// bytes Chromium receives from it are the bytes a reader downloads from a normal host.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { RunningServer } from '../tests/support/static-server.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `astro preview` in `root` (its build in root/dist) and resolves once it answers. */
export async function startPreview(options: { node: string; astro: string; root: string; configArgs: readonly string[]; env: NodeJS.ProcessEnv }): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(options.node, [options.astro, 'preview', ...options.configArgs, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: options.root,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited (${child.exitCode}): ${output.trim().split('\n').slice(-5).join(' / ')}`);
    const answered = await fetch(url, { method: 'HEAD' }).then(() => true, () => false);
    if (answered) return { url, close };
    await new Promise((r) => setTimeout(r, 200));
  }
  await close();
  throw new Error(`astro preview did not answer on ${url} within 60 s`);
}
