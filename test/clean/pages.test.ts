import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../../src/clean/index.ts';
import { loadLexicon } from '../../src/lexicon/index.ts';

test('an HTML source is reduced to its article body, then cut of cruft, keeping title and date', () => {
  const raw = `<html><head><title>Talks resume</title><meta property="article:published_time" content="2024-05-06T10:00:00Z"></head>
  <body><nav>Home | World | Sport</nav><article><h1>Talks resume</h1>
  <p>France met with Chile on Monday in Paris to discuss trade and the long-running dispute over fishing rights, officials said.</p>
  <p>Also Read | Ten best beaches of the year</p>
  <p>"We are open to more engagement," the French foreign minister said after the meeting with his Chilean counterpart.</p>
  </article><footer>Copyright 2024</footer></body></html>`;
  const cleaned = clean({ uri: 'page.html', mediaType: 'text/html', raw, hints: {}, warnings: [] }, loadLexicon().cruft);
  assert.equal(cleaned.title, 'Talks resume');
  assert.equal(cleaned.published, '2024-05-06');
  assert.match(cleaned.text, /^France met with Chile/m);
  assert.ok(!cleaned.text.includes('Home | World'));
  assert.deepEqual(cleaned.removed.map((r) => r.reason), ['related-link']);
});
