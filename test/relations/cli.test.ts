import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as actors } from '../../src/cli/actors.ts';
import { run as relationsCli } from '../../src/cli/relations.ts';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { codeDoc } from '../../src/pipeline.ts';
import { toRecord } from '../../src/record-of.ts';
import { openStore } from '../../src/store/index.ts';

/** Runs a CLI verb with stdout and stderr captured. */
async function capture(verb: (args: string[]) => Promise<number>, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await verb(args), out, err };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
}

test('dyad actors IGOWSTNAT --members --at 2023-03-31: thirty members, not India, not yet Finland', async () => {
  const { code, out } = await capture(actors, ['IGOWSTNAT', '--members', '--at', '2023-03-31', '--format', 'json']);
  assert.equal(code, 0);
  const listed = (JSON.parse(out) as { rows: Array<{ code: string }> }).rows.map((row) => row.code);
  assert.equal(listed.length, 30);
  assert.ok(!listed.includes('IND') && !listed.includes('FIN'));
});

test('dyad actors NATO --partners names the Indo-Pacific partners with their programme', async () => {
  const { code, out } = await capture(actors, ['NATO', '--partners', '--at', '2023-03-31']);
  assert.equal(code, 0);
  for (const partner of ['AUS', 'JPN', 'KOR', 'NZL']) assert.match(out, new RegExp(`${partner} .*partners across the globe`));
});

test('dyad actors: a bad date is a usage error, an unknown code an error naming it', async () => {
  assert.equal((await capture(actors, ['IGOWSTNAT', '--at', '2023-02-30x'])).code, 2);
  const unknown = await capture(actors, ['IGOXYZ', '--members']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /IGOXYZ: no body with this code/);
});

test('dyad relations --db lists stored text relations with evidence, and the knowledge on a date', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-relations-cli-'));
  const db = join(dir, 'store.db');
  const lexicon = loadLexicon();
  const doc = codeDoc('Japan and South Korea have formal partnerships with NATO, officials said.', { lexicon, date: '2023-03-31' });
  const store = await openStore(db);
  await store.put(toRecord(doc));
  await store.close();

  const listed = await capture(relationsCli, ['--db', db, '--format', 'jsonl']);
  assert.equal(listed.code, 0, listed.err);
  const rows = listed.out.trim().split('\n').map((line) => JSON.parse(line) as { subject: string; predicate: string; from: string; text: string | null });
  const stated = rows.filter((row) => row.from === 'text');
  assert.deepEqual(stated.map((row) => `${row.subject} ${row.predicate}`).sort(), ['JPN partner_of', 'KOR partner_of']);
  assert.match(stated[0].text ?? '', /formal partnerships with NATO/);

  const atDate = await capture(relationsCli, ['--db', db, '--actor', 'IGOWSTNAT', '--at', '2023-03-31', '--format', 'jsonl']);
  const known = atDate.out.trim().split('\n').map((line) => JSON.parse(line) as { subject: string; predicate: string; from: string });
  const members = known.filter((row) => row.from === 'knowledge' && row.predicate === 'member_of').map((row) => row.subject);
  assert.equal(members.length, 30);
  assert.ok(known.some((row) => row.from === 'knowledge' && row.subject === 'FIN' && row.predicate === 'partner_of'));
});

test('dyad relations --db reads the relations table (by actor, in CSV with the evidence), not the stored records', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-relations-csv-'));
  const db = join(dir, 'store.db');
  const lexicon = loadLexicon();
  const store = await openStore(db);
  await store.put(toRecord(codeDoc('Japan and South Korea have formal partnerships with NATO, officials said.', { lexicon, date: '2023-03-31' })));
  await store.close();

  const csv = await capture(relationsCli, ['--db', db, '--actor', 'KOR', '--format', 'csv']);
  assert.equal(csv.code, 0, csv.err);
  const [header, ...lines] = csv.out.trim().split('\r\n');
  assert.equal(header, 'document,date,subject,predicate,object,count,from,evidence_start,evidence_end,text,rule,note,conflict');
  const stated = lines.filter((line) => line.includes(',text,'));
  assert.equal(stated.length, 1);
  assert.match(stated[0], /^[^,]+,2023-03-31,KOR,partner_of,IGOWSTNAT,,text,0,\d+,"Japan and South Korea have formal partnerships with NATO, officials said\."/);

  // A row taken out of the table is gone from the listing although the record still holds it.
  const raw = new Database(db);
  raw.prepare("DELETE FROM relations WHERE subject = 'KOR' AND origin = 'text'").run();
  raw.close();
  const after = await capture(relationsCli, ['--db', db, '--format', 'jsonl']);
  const subjects = after.out.trim().split('\n').map((line) => JSON.parse(line) as { subject: string; from: string }).filter((row) => row.from === 'text').map((row) => row.subject);
  assert.deepEqual(subjects, ['JPN']);
  assert.equal((await capture(relationsCli, ['--db', db, '--format', 'xml'])).code, 2);
});
