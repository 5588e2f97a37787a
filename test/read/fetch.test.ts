import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fetchUrl, USER_AGENT } from '../../src/read/fetch.ts';

const PAGE = '<html><body><p>Ministers met in Lisbon.</p></body></html>';
let server: Server;
let base: string;
let inFlight = 0;
let mostInFlight = 0;
const seenAgents: string[] = [];

function route(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  seenAgents.push(String(request.headers['user-agent']));
  if (path === '/page') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  } else if (path === '/gzip') {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE));
  } else if (path === '/brotli') {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliCompressSync(PAGE));
  } else if (path === '/silent') {
    // Never answers: the client's deadline must end it.
  } else if (path === '/loop-a') {
    response.writeHead(302, { location: '/loop-b' }).end();
  } else if (path === '/loop-b') {
    response.writeHead(301, { location: `${base}/loop-a` }).end();
  } else if (path.startsWith('/hop/')) {
    const n = Number(path.slice(5));
    response.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' }).end();
  } else if (path === '/to-ftp') {
    response.writeHead(302, { location: 'ftp://files.example.org/a' }).end();
  } else if (path === '/big') {
    // 5 MB without a Content-Length, in chunks: the cap must stop reading midway.
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < 5_000_000) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    pump();
  } else if (path === '/bomb') {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20_000_000, 'a')));
  } else if (path === '/missing') {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('nope');
  } else if (path.startsWith('/slow/')) {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      response.writeHead(200, { 'content-type': 'text/plain' }).end(path);
    }, 60);
  } else {
    response.writeHead(500).end();
  }
}

before(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('a page is fetched with our user agent; gzip and brotli bodies are decompressed', async () => {
  for (const path of ['/page', '/gzip', '/brotli']) {
    const fetched = await fetchUrl(`${base}${path}`);
    assert.equal(fetched.body.toString('utf8'), PAGE, path);
    assert.equal(fetched.status, 200);
  }
  assert.equal(seenAgents.at(-1), USER_AGENT);
});

test('a server that never answers is given up on at the deadline, with the URL named', async () => {
  const started = Date.now();
  await assert.rejects(fetchUrl(`${base}/silent`, { timeoutMs: 300 }), (error: Error) => {
    assert.equal(error.message, `${base}/silent: timed out after 0.3 s`);
    return true;
  });
  assert.ok(Date.now() - started < 2000);
});

test('redirects are followed to the end, up to the limit; a loop is named as one', async () => {
  const fetched = await fetchUrl(`${base}/hop/3`);
  assert.equal(fetched.url, `${base}/page`);
  await assert.rejects(fetchUrl(`${base}/hop/9`, { maxRedirects: 5 }), /hop\/9: too many redirects \(more than 5\)/);
  await assert.rejects(fetchUrl(`${base}/loop-a`), /loop-a: redirect loop/);
});

test('only http and https are fetched, also after a redirect', async () => {
  for (const url of ['file:///etc/passwd', 'ftp://files.example.org/a', 'javascript:alert(1)']) {
    await assert.rejects(fetchUrl(url), /refused: only http and https URLs are fetched/);
  }
  await assert.rejects(fetchUrl(`${base}/to-ftp`), /to-ftp: refused: only http and https URLs are fetched, not ftp/);
  await assert.rejects(fetchUrl('not a url'), /not a url: not a valid URL/);
});

test('bodies over the size cap are cut off, counting decompressed bytes (a gzip bomb too)', async () => {
  await assert.rejects(fetchUrl(`${base}/big`, { maxBytes: 1_000_000 }), /big: larger than the 1000000 byte limit/);
  await assert.rejects(fetchUrl(`${base}/bomb`, { maxBytes: 1_000_000 }), /bomb: larger than the 1000000 byte limit/);
  const small = await fetchUrl(`${base}/page`, { maxBytes: 1_000_000 });
  assert.equal(small.body.length, PAGE.length);
});

test('HTTP errors are named with their status', async () => {
  await assert.rejects(fetchUrl(`${base}/missing`), new RegExp(`${base}/missing: HTTP 404 Not Found`));
});

test('no more than perHost requests are in flight to one host', async () => {
  mostInFlight = 0;
  const results = await Promise.all(Array.from({ length: 6 }, (_, i) => fetchUrl(`${base}/slow/${i}`, { perHost: 2 })));
  assert.equal(results.length, 6);
  assert.equal(mostInFlight, 2);
});
