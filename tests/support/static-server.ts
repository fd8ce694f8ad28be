import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.jsonld': 'application/ld+json', '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm', '.txt': 'text/plain', '.zip': 'application/zip',
};

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** A file the tests add beside the site (outside its base path), e.g. axe-core for tests/support/browser-gates.ts. */
export interface ExtraFile {
  path: string;
  type: string;
  body: string;
}

/**
 * Serves a built site from `dir` under `base` (e.g. "/kb/") on a free loopback port, like a plain
 * static host; `extras` are served at their own paths, cacheable, so the browser compiles them once.
 */
export async function serveStatic(dir: string, base = '/', extras: ExtraFile[] = []): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const extra = extras.find((e) => e.path === url.pathname);
    if (extra) {
      res.writeHead(200, { 'Content-Type': extra.type, 'Cache-Control': 'max-age=3600' }).end(extra.body);
      return;
    }
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end('outside base');
      return;
    }
    pathname = pathname.slice(base.length);
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const notFound = path.join(dir, '404.html');
      res.writeHead(404, { 'Content-Type': types['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
