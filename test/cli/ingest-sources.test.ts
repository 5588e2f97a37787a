import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const STORY = 'France and Germany signed a new trade agreement on Monday after months of talks in Brussels, officials said. The deal cuts tariffs on cars and farm goods and sets up a joint council to settle disputes between the two countries.';
const PAGES: Record<string, string> = {
  '/a.html': `<html><head><title>Trade deal</title></head><body><article><p>${STORY}</p></article></body></html>`,
  '/b.html': `<html><head><title>Trade deal (wire copy)</title></head><body><article><p>${STORY} Analysts welcomed it.</p></article></body></html>`,
  '/fr.html': "<html><body><article><p>La France et l'Allemagne ont signé lundi un nouvel accord commercial après des mois de négociations à Bruxelles, ont indiqué des responsables. L'accord réduit les droits de douane sur les voitures et les produits agricoles, et crée un conseil commun chargé de régler les différends entre les deux pays voisins.</p></article></body></html>",
};

function run(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin/dyad.js'), ...args], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

test('dyad ingest --urls fetches each page, records a near-duplicate as another source, skips a page not in English, and stores the rest', async () => {
  const server = createServer((request, response) => {
    const page = PAGES[request.url ?? ''];
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'dyad-urls-'));
  const list = join(dir, 'urls.txt');
  writeFileSync(list, ['# today', `${base}/a.html`, `${base}/b.html`, `${base}/fr.html`, `${base}/missing.html`].join('\n'));
  const db = join(dir, 'store.db');
  try {
    const result = await run(['ingest', '--urls', list, '--db', db, '--quiet']);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /b\.html: near \(similarity 0\.\d\d\) duplicate of \S+, recorded as another source of it/);
    assert.match(result.stderr, /fr\.html: skipped, not English/);
    assert.match(result.stderr, /missing\.html: .*404/);
    assert.match(result.stderr, /4 inputs: 1 added .* 1 duplicates of stored documents/);
  } finally {
    server.close();
  }
  const store = await openStore(db);
  try {
    const counts = await store.counts();
    assert.equal(counts.documents, 1);
    assert.equal(counts.document_sources, 2);
  } finally {
    await store.close();
  }
});

test('dyad ingest names a dictionary file that is not there, exits 1, and makes no store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-nodict-'));
  const text = join(dir, 'story.txt');
  writeFileSync(text, STORY);
  const db = join(dir, 'store.db');
  const result = await run(['ingest', text, '--db', db, '--dict', join(dir, 'missing.yaml'), '--quiet']);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /missing\.yaml: dictionary file not found/);
  assert.equal(existsSync(db), false);
});
