import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { LineResult } from '../../src/read/jsonl.ts';
import { readUrl, readUrls } from '../../src/read/url.ts';

let server: Server;
let base: string;

const ARTICLE = '<!doctype html><html><head><title>Talks</title></head><body><article><p>Envoys met in Geneva on Monday.</p></article></body></html>';

before(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel>
        <item><title>Talks</title><link>${base}/article</link><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>Teaser.</description></item>
        <item><title>Gone</title><link>${base}/gone</link><description>Lost page.</description></item>
      </channel></rss>`);
    } else if (path === '/article') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    } else if (path === '/latin1') {
      response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from('<p>S\xe3o Paulo</p>', 'latin1'));
    } else if (path === '/photo.html') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    } else if (path === '/notes.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('date 2024-05-06\nPeru met Chile.');
    } else if (path === '/report.pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4 text only');
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function collect(results: AsyncGenerator<LineResult>): Promise<LineResult[]> {
  const all: LineResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

test('a page URL becomes one HTML Source decoded by its declared charset', async () => {
  const [page] = await collect(readUrl(`${base}/article`));
  assert.ok(page.ok && page.source.mediaType === 'text/html' && page.source.raw === ARTICLE);
  assert.deepEqual(page.source.hints, {});
  const [latin] = await collect(readUrl(`${base}/latin1`));
  assert.ok(latin.ok && latin.source.raw === '<p>São Paulo</p>');
});

test('a feed URL gives its items; with fetchLinks each item is its fetched page, with the feed title and date as hints', async () => {
  const items = await collect(readUrl(`${base}/feed.xml`));
  assert.equal(items.length, 2);
  assert.ok(items[0].ok && items[0].source.raw === 'Teaser.' && items[0].source.mediaType === 'text/plain');
  const pages = await collect(readUrl(`${base}/feed.xml`, { fetchLinks: true }));
  assert.equal(pages.length, 2);
  assert.ok(pages[0].ok);
  assert.equal(pages[0].source.mediaType, 'text/html');
  assert.equal(pages[0].source.raw, ARTICLE);
  assert.deepEqual(pages[0].source.hints, { url: `${base}/article`, title: 'Talks', date: '2024-03-04' });
  assert.deepEqual(pages[1], { ok: false, uri: `${base}/gone`, error: 'HTTP 404 Not Found' });
});

test('binary bodies, unreadable types and refused schemes are errors naming the URL; plain text is read as text', async () => {
  const results = await collect(readUrls([`${base}/photo.html`, `${base}/report.pdf`, 'ftp://example.org/x', `${base}/notes.txt`]));
  assert.deepEqual(results.slice(0, 3), [
    { ok: false, uri: `${base}/photo.html`, error: 'binary content (not a text or HTML page)' },
    { ok: false, uri: `${base}/report.pdf`, error: 'cannot read content of type "application/pdf"' },
    { ok: false, uri: 'ftp://example.org/x', error: 'refused: only http and https URLs are fetched, not ftp' },
  ]);
  assert.ok(results[3].ok && results[3].source.mediaType === 'text/x-dated' && results[3].source.hints.date === '2024-05-06');
});
