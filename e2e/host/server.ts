/**
 * A tiny static server that plays "the docs site embedding the builder" in
 * the cross-origin e2e tests: it serves the host pages of this folder and the
 * repo's public/embed-example.html on another port than the app (4174 by
 * default), so the builder runs on a different origin than its host.
 *
 *   node --import tsx e2e/host/server.ts [port]
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.argv[2] ?? process.env.E2E_HOST_PORT ?? 4174);

const FILES: Record<string, string> = {
  '/iframe-host.html': path.join(here, 'iframe-host.html'),
  '/script-host.html': path.join(here, 'script-host.html'),
  '/embed-example.html': path.join(here, '../../public/embed-example.html'),
};

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://host.invalid');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('e2e host: /iframe-host.html, /script-host.html, /embed-example.html\n');
    return;
  }
  const file = FILES[url.pathname];
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found\n');
    return;
  }
  readFile(file).then(
    (body) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    },
    () => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('cannot read file\n');
    },
  );
}

// Loopback only; both 127.0.0.1 and localhost (which may resolve to ::1) must reach it:
// the tests use the two names as two different origins.
createServer(handle).listen(port, '127.0.0.1', () => console.log(`e2e host on http://127.0.0.1:${port} and http://localhost:${port}`));
const v6 = createServer(handle);
v6.on('error', () => undefined); // no IPv6 loopback here: localhost resolves to 127.0.0.1 then
v6.listen(port, '::1');
