import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeFeed, readFeed } from '../../src/read/feed.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette</title>
<item>
  <title>Ministers settle fishing dispute</title>
  <link>https://news.example.org/a</link>
  <guid isPermaLink="false">gazette-1</guid>
  <pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>Foreign ministers met in Lisbon on Tuesday.</p><p>They agreed to share patrol data.</p>]]></content:encoded>
</item>
<item><title>Nothing here</title></item>
<item>
  <title>Port strike ends &amp; ships sail</title>
  <guid>https://news.example.org/b</guid>
  <dc:date>2024-03-06</dc:date>
  <description>&lt;p&gt;Dock workers returned to work.&lt;/p&gt;</description>
</item>
<item><title>Bad date</title><link>https://news.example.org/c</link><pubDate>someday soon</pubDate><description>Text.</description></item>
</channel></rss>`;

test('RSS items become Sources with their content as paragraphs and their link, title, id and date as hints', () => {
  const results = readFeed('gazette.xml', RSS);
  assert.equal(results.length, 4);
  const [first, empty, third, fourth] = results;
  assert.ok(first.ok);
  assert.equal(first.source.raw, 'Foreign ministers met in Lisbon on Tuesday.\n\nThey agreed to share patrol data.');
  assert.equal(first.source.uri, 'gazette.xml#item-1');
  assert.deepEqual(first.source.hints, { id: 'gazette-1', url: 'https://news.example.org/a', title: 'Ministers settle fishing dispute', date: '2024-03-05' });
  // A broken item is an error naming the feed and the item; the others are read.
  assert.deepEqual(empty, { ok: false, uri: 'gazette.xml#item-2', error: 'item 2 has neither text (content, description) nor a link' });
  assert.ok(third.ok);
  assert.equal(third.source.raw, 'Dock workers returned to work.');
  assert.equal(third.source.hints.url, 'https://news.example.org/b');
  assert.equal(third.source.hints.title, 'Port strike ends & ships sail');
  assert.equal(third.source.hints.date, '2024-03-06');
  assert.ok(fourth.ok);
  assert.equal(fourth.source.hints.date, undefined);
  assert.match(fourth.source.warnings[0], /gazette\.xml#item-4: the item date "someday soon" could not be read/);
});

test('Atom entries: the alternate link, html and text content, published date', () => {
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>G</title>
    <entry><id>tag:g,2024:1</id><title>Talks resume</title><link rel="self" href="https://g.example/self/1"/>
      <link rel="alternate" href="https://g.example/1"/><published>2024-01-02T10:00:00Z</published>
      <content type="html">&lt;p&gt;Envoys met in Geneva.&lt;/p&gt;</content></entry>
    <entry><id>tag:g,2024:2</id><title>Plain</title><link href="https://g.example/2"/><updated>2024-01-03T00:00:00Z</updated>
      <summary>Rebels &lt;b&gt; seized a town.</summary></entry>
  </feed>`;
  const [one, two] = readFeed('g.atom', atom);
  assert.ok(one.ok && two.ok);
  assert.equal(one.source.raw, 'Envoys met in Geneva.');
  assert.deepEqual(one.source.hints, { id: 'tag:g,2024:1', url: 'https://g.example/1', title: 'Talks resume', date: '2024-01-02' });
  // type="text" content is text even when it looks like markup.
  assert.equal(two.source.raw, 'Rebels <b> seized a town.');
  assert.equal(two.source.hints.date, '2024-01-03');
});

test('JSON Feed items; an item that is not an object is an error of its own', () => {
  const json = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'G',
    items: [
      { id: 1, url: 'https://g.example/1', title: 'Aid arrives', content_html: '<p>Convoys reached the city.</p>', date_published: '2024-02-01T08:00:00+02:00' },
      'oops',
      { id: '3', content_text: 'Troops withdrew.' },
    ],
  });
  assert.ok(looksLikeFeed(json));
  const [one, two, three] = readFeed('g.json', json);
  assert.ok(one.ok && three.ok);
  assert.equal(one.source.raw, 'Convoys reached the city.');
  assert.deepEqual(one.source.hints, { id: '1', url: 'https://g.example/1', title: 'Aid arrives', date: '2024-02-01' });
  assert.deepEqual(two, { ok: false, uri: 'g.json#item-2', error: 'item 2: not a JSON object' });
  assert.equal(three.source.raw, 'Troops withdrew.');
});

test('what is not a feed is one clear error', () => {
  assert.deepEqual(readFeed('x.xml', '<?xml version="1.0"?><svg><g/></svg>'), [{ ok: false, uri: 'x.xml', error: 'not an RSS or Atom feed (the document starts with <svg>)' }]);
  assert.deepEqual(readFeed('e.xml', '<rss version="2.0"><channel><title>Empty</title></channel></rss>'), [{ ok: false, uri: 'e.xml', error: 'the feed has no items' }]);
  assert.match((readFeed('j.json', '{"version": "https://jsonfeed.org/version/1", "items": [') as { error: string }[])[0].error, /not valid JSON/);
  assert.ok(looksLikeFeed(RSS));
  assert.ok(!looksLikeFeed('<!doctype html><html><body>hi</body></html>'));
  assert.ok(!looksLikeFeed('{"id": "x", "text": "a JSON Lines article"}'));
});
