// End-to-end: the built web UI in Debian's chromium (driven by playwright-core) against a real server on
// 127.0.0.1. Each view is loaded and saved as a screenshot under screenshots/ (git-ignored).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadRelationLexicon } from '../../src/relations/index.ts';
import { buildWeb } from '../../src/server/build-web.ts';
import { REPO_DIR, WEB_DIR } from '../../src/server/paths.ts';
import { fixtureLexicon } from '../fixtures/lexicon.ts';
import { ARTICLES, HOSTILE_TEXT } from './articles.ts';
import { testServer, type TestServer } from './harness.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(REPO_DIR, 'screenshots');
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium; .ci/run does)`;

describe('web UI in chromium', { skip, timeout: 90_000 }, () => {
  let server: TestServer;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const problems: string[] = [];
  const dialogs: string[] = [];

  before(async () => {
    await buildWeb();
    // dyad's own dated knowledge, so that the Network view has memberships and partnerships to draw.
    server = await testServer({ fill: true, webDir: WEB_DIR, lexicon: { ...fixtureLexicon(), relations: loadRelationLexicon() } });
    base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    profile = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1360, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const open = async (hash: string): Promise<void> => {
    await page.goto(`${base}/${hash}`);
    await page.waitForSelector('#view[aria-busy="false"]');
  };
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  test('Reader lists the documents and marks one article; clicking an event shows its code and dictionary entry', async () => {
    await open('#/reader');
    assert.equal(await page.locator('table.grid tbody tr').count(), ARTICLES.length);
    await shot('reader-list');
    await page.getByRole('link', { name: 'Iran accuses Israel' }).click();
    await page.waitForSelector('.article-text');
    assert.ok((await page.locator('.article-text .m-actor').count()) >= 2);
    assert.equal(await page.locator('.article-text').textContent(), ARTICLES[1].text);
    await page.locator('.article-text .m-verb').first().click();
    const detail = page.getByTestId('event-detail');
    await detail.waitFor();
    assert.match(await detail.textContent() ?? '', /IRN → ISR: 112/);
    await page.waitForSelector('.rule-entry dd.code');
    assert.equal(await page.locator('.rule-entry dd.code').textContent(), 'accuse TARGET');
    await shot('reader');
  });

  test('Events: the table filters, sorts and downloads what it shows as CSV', async () => {
    await open('#/events');
    const all = await page.locator('table.events tbody tr').count();
    assert.ok(all >= 10, `rows: ${all}`);
    await shot('events');
    await page.fill('#event-filters input[name="quad"]', '3,4');
    await page.click('#event-filters button[type="submit"]');
    await page.waitForFunction((before) => document.querySelectorAll('table.events tbody tr').length !== before, all);
    await page.waitForSelector('#view[aria-busy="false"]');
    const quads = await page.locator('table.events tbody td.num .quad').allTextContents();
    assert.ok(quads.length > 0 && quads.every((quad) => quad === '3' || quad === '4'), quads.join(','));
    await page.getByRole('link', { name: /Goldstein/ }).click();
    await page.waitForSelector('th a.sorted');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
    const csv = readFileSync(await download.path(), 'utf8').trim().split('\r\n');
    assert.equal(csv[0].split(',')[0], 'id');
    assert.equal(csv.length - 1, quads.length);
    const goldstein = csv[0].split(',').indexOf('goldstein');
    const values = csv.slice(1).map((line) => Number(line.split(',')[goldstein]));
    assert.deepEqual(values, [...values].sort((a, b) => a - b), 'the CSV keeps the sort shown');
  });

  test('Network draws actors and dyads, and leads to an actor page', async () => {
    await open('#/network');
    await page.waitForSelector('#network canvas');
    assert.match((await page.getByTestId('network-summary').textContent()) ?? '', /^\d+ actors, \d+ dyads/);
    await page.waitForTimeout(300);
    await shot('network');
    assert.equal(await page.getByTestId('network').getAttribute('data-relation-edges'), '0');
    await page.getByTestId('show-relations').check();
    await page.waitForSelector('#network[data-relation-edges]:not([data-relation-edges="0"])');
    const drawn = Number(await page.getByTestId('network').getAttribute('data-relation-edges'));
    assert.ok(drawn >= 2, `relation edges drawn: ${drawn}`);
    assert.match((await page.getByTestId('relations-summary').textContent()) ?? '', new RegExp(`^${drawn} membership and partnership lines \\(dashed grey\\)`));
    await page.waitForTimeout(300);
    await shot('network-relations');
    await page.getByTestId('show-relations').uncheck();
    await page.waitForSelector('#network[data-relation-edges="0"]');
    assert.equal(await page.getByTestId('relations-summary').isHidden(), true);
    await page.locator('.node-list a', { hasText: 'IRN' }).click();
    await page.waitForSelector('[data-testid="actor-summary"]');
    assert.match((await page.getByTestId('actor-summary').textContent()) ?? '', /2 events with IRN/);
    await shot('actor');
  });

  test('Timeline stacks events by QuadClass with the Goldstein line, for the corpus and for a dyad', async () => {
    await open('#/timeline');
    assert.ok((await page.locator('svg.timeline-chart rect.bar').count()) >= 4);
    assert.equal(await page.locator('svg.timeline-chart polyline.goldstein-line').count(), 1);
    await shot('timeline');
    await open('#/timeline?by=week&source=IRN&target=ISR');
    assert.match((await page.getByTestId('timeline-summary').textContent()) ?? '', /^1 dated events/);
  });

  test('Playground codes a pasted article; markup in it stays text and no dialog fires', async () => {
    await open('#/playground');
    await page.fill('#pg-text', HOSTILE_TEXT);
    await page.click('#pg-code');
    await page.getByTestId('pg-status').waitFor();
    assert.match((await page.getByTestId('pg-status').textContent()) ?? '', /3 events/);
    assert.equal(await page.locator('#pg-output .event-item').count(), 3);
    const text = (await page.locator('#pg-output .article-text').textContent()) ?? '';
    assert.match(text, /<img src=x onerror=alert\(1\)>/);
    assert.match(text, /<script>alert\(2\)<\/script>/);
    assert.equal(await page.locator('#pg-output img, #pg-output script').count(), 0);
    await page.waitForTimeout(300);
    await shot('playground');
    assert.deepEqual(dialogs, []);
  });

  test('no script error or CSP violation was reported by the page', () => {
    assert.deepEqual(problems, []);
  });
});
