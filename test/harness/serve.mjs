// A tiny static HTTP server on 127.0.0.1 for the real-browser tests and `npm start`: serves test/fixtures/
// (and any other folders given) so content scripts run on http:// pages. Never touches the network.

import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * @typedef {object} StaticServer
 * @property {number} port
 * @property {string} origin http://127.0.0.1:<port>
 * @property {() => Promise<void>} close
 */

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file under one of `roots` that `urlPath` names, or null (never a path outside the roots).
 * @param {string[]} roots
 * @param {string} urlPath
 */
async function findFile(roots, urlPath) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  for (const root of roots) {
    const base = resolve(root);
    const path = resolve(base, relative);
    if (path !== base && !path.startsWith(base + sep)) continue;
    const candidate = (await stat(path).catch(() => null))?.isDirectory() ? join(path, 'index.html') : path;
    if ((await stat(candidate).catch(() => null))?.isFile()) return candidate;
  }
  return null;
}

/**
 * Starts serving. Every host name maps onto the same folders, so with Chromium's --host-resolver-rules the
 * page http://news.example/sample-liveblog.html is test/fixtures/sample-liveblog.html.
 * @param {{ roots?: string[], port?: number, headers?: Record<string, string> }} [options] port 0 (default) picks a
 *   free port; headers are added to every page (.html) response, e.g. a Content-Security-Policy that keeps a saved
 *   page's own scripts from running (the benchmark).
 * @returns {Promise<StaticServer>}
 */
export async function serve({ roots = [FIXTURES_DIR], port = 0, headers = {} } = {}) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const file = await findFile(roots, url.pathname);
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(`not found: ${url.pathname}`);
        return;
      }
      const body = await readFile(file);
      const type = extname(file).toLowerCase();
      response.writeHead(200, {
        ...(type === '.html' ? headers : {}),
        'content-type': CONTENT_TYPES[type] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    origin: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose(undefined));
      }),
  };
}
