import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from '../../src/clean/html.ts';
import { decodeHtml } from '../../src/read/charset.ts';

const BODY = [
  'Foreign ministers from the two countries met in Lisbon on Tuesday to settle the fishing dispute that has soured relations since the spring.',
  'The talks, which lasted six hours, ended with an agreement to share patrol data and to refer future quarrels to a joint commission, officials said.',
  'Opposition parties in both parliaments criticised the deal as a surrender, but the governments said it would be ratified before the end of the year.',
  'Fishermen in the northern ports welcomed the news, saying the uncertainty had kept boats in harbour for weeks and cost them much of the season.',
];

function page(options: { head?: string; url?: string } = {}): string {
  return `<!doctype html><html><head><meta charset="utf-8">
<title>Ministers settle fishing dispute | The Harbour Gazette</title>
<link rel="canonical" href="${options.url ?? 'https://news.example.org/world/2024/03/05/fishing-dispute'}">
${options.head ?? ''}
</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article class="story">
<h1>Ministers settle fishing dispute</h1>
<div class="byline">By Ana Costa</div>
<time datetime="2024-03-05T09:30:00+01:00">5 March 2024</time>
<div class="share-bar"><a href="https://twitter.com/share">Share on Twitter</a> <a href="mailto:?">Email</a></div>
<p>${BODY[0]}</p>
<figure><img src="a.jpg"><figcaption>The ministers in Lisbon. Photo: Harbour Gazette</figcaption></figure>
<p>${BODY[1]}</p>
<p>${BODY[2]}</p>
<div class="related-stories"><h3>Related</h3><ul>
<li><a href="/world/2024/03/01/fleet">Fleet returns to port after storm warnings lifted</a></li>
<li><a href="/world/2024/02/20/quota">Quota talks stall again in Brussels</a></li>
<li><a href="https://news.example.org/world/2024/02/11/ports">Northern ports count the cost of the dispute</a></li>
</ul></div>
<p>${BODY[3]}</p>
</article></main>
<aside class="sidebar"><h2>Most read</h2><p>A celebrity opened a bakery and the queue went around the block twice.</p></aside>
<footer><p>© 2024 The Harbour Gazette. All rights reserved.</p></footer>
</body></html>`;
}

test('the article body comes out as paragraphs, without navigation, captions, share bars, related links or footer', () => {
  const result = extractHtml(page(), 'saved/fishing.html');
  assert.equal(result.text, BODY.join('\n\n'));
  assert.deepEqual(result.warnings, []);
});

test('metadata: JSON-LD is trusted over OpenGraph, OpenGraph over <time>, and the canonical link gives the URL', () => {
  const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","name":"Harbour Gazette site"},
    {"@type":"NewsArticle","headline":"Ministers settle the fishing dispute","datePublished":"2024-03-04T23:30:00-05:00",
     "author":[{"@type":"Person","name":"Ana Costa"},{"@type":"Person","name":"Rui Lopes"}],
     "publisher":{"@type":"Organization","name":"The Harbour Gazette"},},]}</script>`;
  const og = '<meta property="og:title" content="OG title"><meta property="og:site_name" content="Gazette OG"><meta property="article:published_time" content="2024-03-06">';
  const full = extractHtml(page({ head: jsonLd + og }), 'saved/fishing.html');
  assert.equal(full.title, 'Ministers settle the fishing dispute');
  assert.equal(full.author, 'Ana Costa, Rui Lopes');
  assert.equal(full.siteName, 'The Harbour Gazette');
  // The publisher's own day, not the UTC one (23:30 on the 4th in New York is the 5th in UTC).
  assert.equal(full.published, '2024-03-04');
  assert.equal(full.url, 'https://news.example.org/world/2024/03/05/fishing-dispute');

  const ogOnly = extractHtml(page({ head: og }), 'saved/fishing.html');
  assert.equal(ogOnly.title, 'OG title');
  assert.equal(ogOnly.siteName, 'Gazette OG');
  assert.equal(ogOnly.published, '2024-03-06');

  const timeOnly = extractHtml(page(), 'saved/fishing.html');
  assert.equal(timeOnly.published, '2024-03-05');
  assert.equal(timeOnly.title, 'Ministers settle fishing dispute | The Harbour Gazette');
});

test('the date falls back to the URL when the page states none', () => {
  const bare = `<html><body><article>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  assert.equal(extractHtml(bare, 'https://news.example.org/2023/11/20/story.html').published, '2023-11-20');
  assert.equal(extractHtml(bare, 'https://news.example.org/20231121/story.html').published, '2023-11-21');
  assert.equal(extractHtml(bare, 'saved/story.html').published, null);
});

test('links to other sites stay (sources, shops); a paragraph that only links to this site goes', () => {
  const html = `<html><head><link rel="canonical" href="https://gazette.example.com/a"></head><body><article>
    <p>${BODY[0]}</p><p><a href="https://shop.example.net/kettle">Get it at the shop for $20</a></p>
    <p>${BODY[1]}</p><p><a href="https://gazette.example.com/other">Read our earlier report on the quota talks</a></p>
    <p>${BODY[2]}</p></article></body></html>`;
  const { text } = extractHtml(html, 'x.html');
  assert.match(text, /Get it at the shop/);
  assert.doesNotMatch(text, /earlier report/);
});

test('embedded tweets in "social" wrappers are kept as part of the story', () => {
  const html = `<html><body><article><p>${BODY[0]}</p>
    <div class="social-media-embed"><blockquote class="twitter-tweet"><p>We have a deal on fishing at last, and it is a fair one for both fleets.</p>— A Minister (@minister)</blockquote></div>
    <p>${BODY[1]}</p><p>${BODY[2]}</p></article></body></html>`;
  assert.match(extractHtml(html, 'x.html').text, /We have a deal on fishing at last/);
});

test('captions, date lines and a repeated headline at the edges are dropped; a wire separator line is kept', () => {
  const html = `<html><head><title>Port strike ends</title></head><body><article>
    <p>Port strike ends</p><p>Updated: Tue 6:45 PM, Mar 5, 2024</p>
    <p>${BODY[0]}</p><p>Dock workers leave the gates on Monday. (AP Photo/Jane Doe)</p><p>${BODY[1]}</p>
    <p>___</p><p>${BODY[2]}</p></article></body></html>`;
  assert.equal(extractHtml(html, 'x.html').text, [BODY[0], BODY[1], '___', BODY[2]].join('\n\n'));
});

test('bad pages get a clear warning, not a crash: only scripts, truncated, binary', () => {
  const scripts = extractHtml('<html><head><script>var a = 1;</script></head><body><script>render()</script></body></html>', 'scripts.html');
  assert.equal(scripts.text, '');
  assert.match(scripts.warnings.join(' '), /scripts\.html: no article text found/);

  const truncated = extractHtml(page().slice(0, page().indexOf(BODY[2]) + 40), 'cut.html');
  assert.match(truncated.text, /Foreign ministers/);
  assert.match(truncated.warnings.join(' '), /cut\.html: .*may be truncated/);

  const binary = extractHtml('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'image.html');
  assert.equal(binary.text, '');
  assert.match(binary.warnings[0], /image\.html: binary content/);
});

test('a 50 MB page on one line is cut to its first megabytes with a warning, quickly and in bounded memory', () => {
  const paragraph = `<p>${BODY[0]} ${BODY[1]}</p>`;
  const huge = `<html><body><article>${paragraph.repeat(Math.ceil(50_000_000 / paragraph.length))}</article></body></html>`;
  assert.ok(huge.length >= 50_000_000 && !huge.includes('\n'));
  const started = performance.now();
  const result = extractHtml(huge, 'huge.html');
  const seconds = (performance.now() - started) / 1000;
  assert.match(result.warnings.join(' '), /huge\.html: the page is 50\.\d MB of markup; only the first 3 MB were read/);
  assert.ok(result.text.startsWith(BODY[0]));
  assert.ok(seconds < 10, `took ${seconds.toFixed(1)} s`);
});

test('charset: BOM, then the HTTP header, then <meta>; undeclared non-UTF-8 is read as windows-1252 with a warning', () => {
  const latin1 = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 S\xe3o Paulo</p></body></html>', 'latin1');
  assert.match(decodeHtml('a.html', latin1).text, /Café São Paulo/);
  assert.equal(decodeHtml('a.html', latin1).charset, 'windows-1252');
  // The header wins over <meta>.
  const utf8 = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Café</p></body></html>', 'utf8');
  assert.match(decodeHtml('b.html', utf8, 'text/html; charset=UTF-8').text, /Café/);
  // A BOM wins over both.
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
  assert.match(decodeHtml('c.html', bom, 'text/html; charset=iso-8859-1').text, /Café/);
  const undeclared = Buffer.from('<p>Caf\xe9</p>', 'latin1');
  const guess = decodeHtml('d.html', undeclared);
  assert.equal(guess.text, '<p>Café</p>');
  assert.match(guess.warnings[0], /d\.html: no charset declared and not valid UTF-8; read as windows-1252/);
});

test('charset: an unknown label is named in a warning and the page read as UTF-8; binary bytes are refused', () => {
  const page = Buffer.from('<html><head><meta charset="x-klingon-9"></head><body><p>Café</p></body></html>', 'utf8');
  const result = decodeHtml('k.html', page);
  assert.match(result.text, /Café/);
  assert.match(result.warnings[0], /k\.html: unknown charset "x-klingon-9"; read as UTF-8/);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  assert.throws(() => decodeHtml('photo.html', png), /photo\.html: binary content/);
});
