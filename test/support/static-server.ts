/** A static file server on 127.0.0.1 for built output (the site, Storybook), as a host would serve it. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Headers for every response, or per path (as a host's `_headers` rules give them). */
export type Headers = Record<string, string> | ((pathname: string) => Record<string, string>);

export async function serveDirectory(directory: string, headers: Headers = {}): Promise<StaticServer> {
  const root = resolve(directory);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) {
      // As hosts do (Netlify, Cloudflare Pages, the nginx and Caddy files): the site's own 404 page, if it has one.
      const notFoundPage = join(root, '404.html');
      if (!existsSync(notFoundPage)) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(404, { 'content-type': CONTENT_TYPES['.html']! });
      createReadStream(notFoundPage).pipe(response);
      return;
    }
    const extra = typeof headers === 'function' ? headers(url.pathname) : headers;
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
