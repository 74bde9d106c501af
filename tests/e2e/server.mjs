// A static file server for end-to-end tests: serves the release dist/ (and test pages) on
// 127.0.0.1 with real MIME types, optional response headers, and a log of every request.
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * @param {Record<string, string>} mounts URL prefix -> directory, e.g. { '/': 'dist' }
 * @param {(path: string) => Record<string, string>} [headersFor] extra headers per path
 * @param {{ brotli?: boolean, routes?: Record<string, (req, res) => void>, tls?: { key: string, cert: string } }} [options]
 *   brotli: compress text and wasm for clients that accept it; routes: paths answered by a
 *   handler of the test's own (slow, failing or streamed responses); tls: serve HTTPS with HTTP/2
 *   (as blog hosts do), from this key and certificate
 */
export async function serve(mounts, headersFor = () => ({}), options = {}) {
  const compressed = new Map();
  const requests = [];
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const handler = async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (options.routes?.[path]) {
      options.routes[path](req, res);
      return;
    }
    const prefix = prefixes.find((p) => path.startsWith(p));
    const root = prefix && resolve(mounts[prefix]);
    let rel = normalize(path.slice(prefix?.length ?? 0));
    if (rel === '.' || rel.endsWith('/')) rel = join(rel, 'index.html');
    const file = root && resolve(join(root, rel));
    if (!file || !file.startsWith(root)) {
      res.writeHead(404).end();
      return;
    }
    try {
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headersFor(path),
      };
      if (options.brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && extname(file) !== '.png') {
        if (!compressed.has(file)) {
          compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(file);
        headers['content-encoding'] = 'br';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
  const server = options.tls ? createSecureServer(options.tls, handler) : createServer(handler);
  const sessions = new Set(); // HTTP/2 has no closeAllConnections()
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    // Held or hanging responses of the tests' own routes would keep close() waiting.
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections?.();
        for (const session of sessions) session.destroy();
      }),
  };
}
