import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../src/server/app.ts';
import { createDemoStore } from '../../src/server/demo.ts';
import { openStore } from '../../src/store/index.ts';
import { fixtureLexicon } from '../fixtures/lexicon.ts';
import { ARTICLES } from './articles.ts';
import { testServer } from './harness.ts';

test('the built UI is served from memory with the CSP, revalidation for index.html and long caching for hashed assets', async () => {
  const web = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>t</title><script type="module" src="/assets/app-1.js"></script>');
  writeFileSync(join(web, 'assets', 'app-1.js'), 'console.log(1)');
  const server = await testServer({ webDir: web });
  try {
    const index = await server.app.inject({ url: '/' });
    assert.equal(index.statusCode, 200);
    assert.match(String(index.headers['content-type']), /text\/html/);
    assert.equal(index.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
    assert.equal(index.headers['cache-control'], 'no-cache');
    const again = await server.app.inject({ url: '/index.html', headers: { 'if-none-match': String(index.headers.etag) } });
    assert.equal(again.statusCode, 304);
    const script = await server.app.inject({ url: '/assets/app-1.js' });
    assert.match(String(script.headers['content-type']), /text\/javascript/);
    assert.match(String(script.headers['cache-control']), /immutable/);
    const missing = await server.app.inject({ url: '/assets/app-2.js' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error, 'not-found');
  } finally {
    await server.close();
    rmSync(web, { recursive: true, force: true });
  }
});

test('without a build, / says how to build the UI and the API still answers', async () => {
  const server = await testServer({ webDir: join(tmpdir(), 'dyad-no-such-web-dir') });
  try {
    const root = await server.app.inject({ url: '/' });
    assert.equal(root.statusCode, 503);
    assert.match(root.body, /npm run build:web/);
    assert.equal((await server.app.inject({ url: '/healthz' })).statusCode, 200);
  } finally {
    await server.close();
  }
});

test('the demo store codes every article in a folder once, and is never made over an existing store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-demo-'));
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  for (const article of ARTICLES) writeFileSync(join(articles, `${article.id}.txt`), `date ${article.date}\n${article.text}\n`);
  const path = join(dir, 'demo.db');
  try {
    const made = await createDemoStore(path, articles, fixtureLexicon());
    assert.equal(made.documents, ARTICLES.length);
    assert.ok(made.events >= 10);
    assert.deepEqual(made.failed, []);
    const store = await openStore(path);
    assert.equal((await store.counts()).documents, ARTICLES.length);
    const stored = await store.events({ source: 'IRN' });
    assert.equal((await store.get(stored[0].document))?.source, 'articles/accuse-1.txt');
    await store.close();
    await assert.rejects(createDemoStore(path, articles, fixtureLexicon()), /already exists/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
