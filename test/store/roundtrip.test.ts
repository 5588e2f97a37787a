// A stored record reads back exactly as coded, though its events and relations are kept as rows only and its
// knowledge relations as facts shared between documents: the bench corpus, coded, through put, putMany and
// replace, on each backend.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateCorpus } from '../../bench/corpus.ts';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { code } from '../../src/pipeline.ts';
import { textSource } from '../../src/read/text.ts';
import type { DocRecord } from '../../src/record.ts';
import { BACKENDS, type TestStore } from './backends.ts';

const lexicon = loadLexicon();
const coded: DocRecord[] = Array.from({ length: 12 }, (_, i) => code(textSource(`bench/${i}`, generateCorpus(20, i + 1)[0]), { lexicon }));
// What the record holds that the bench corpus does not: text relations (one with a count and a conflict), an
// expanded event, an event with a place and no mentions, a record with no relations.
const [first, second] = coded;
const extra: DocRecord[] = [
  {
    ...first,
    id: 'extra/relations',
    text: `${first.text} Extra.`,
    events: first.events.map((event, i) =>
      i === 0 ? { ...event, expandedFrom: 'IGOWSTNAT', place: { name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.5234 }, sourceMention: null, targetMention: null } : event,
    ),
    relations: [
      { subject: 'JPN', predicate: 'partner_of', object: 'IGOWSTNAT', date: '2023-03-31', evidence: { start: 0, end: 5 }, from: 'text', rule: 'relations/phrases:partnership' },
      ...first.relations,
      { subject: 'IGOWSTNAT', predicate: 'partner_count', object: 'IGOWSTNAT', count: 40, date: null, evidence: { start: 6, end: 9 }, from: 'text', conflict: 'the knowledge disagrees' },
    ],
  },
  { ...second, id: 'extra/none', text: `${second.text} None.`, relations: [] },
];
const records = [...coded, ...extra];
const json = (record: DocRecord): string => JSON.stringify(record);

for (const backend of BACKENDS) {
  describe(`records round trip on ${backend.name}`, { skip: backend.skip }, () => {
    let t: TestStore;
    before(async () => {
      t = await backend.open();
    });
    after(async () => t?.cleanup());

    test('the corpus has what is to be rebuilt', () => {
      assert.ok(coded.every((record) => record.events.length > 0));
      assert.ok(coded.filter((record) => record.relations.some((relation) => relation.from === 'knowledge')).length > coded.length / 2);
    });

    test('each stored record reads back as coded, byte for byte as JSON, whether given as it is or staged', async () => {
      // The extra records are near-duplicates of the first two by design.
      await t.store.put(records[0], { trusted: true });
      const mixed = records.slice(1).map((record, i) => (i % 2 === 0 ? t.store.stage(record, { trusted: true }) : record));
      await t.store.putMany(mixed, { trusted: true, keepNearDuplicates: true });
      for (const record of records) assert.equal(json((await t.store.get(record.id)) as DocRecord), json(record), record.id);
      assert.deepEqual(await t.store.check(), []);
    });

    test('knowledge relations are stored once, and listed for each document as before', async () => {
      const counts = await t.store.counts();
      const knowledge = records.flatMap((record) => record.relations.filter((relation) => relation.from === 'knowledge'));
      assert.equal(counts.knowledge, new Set(knowledge.map((relation) => JSON.stringify(relation))).size);
      assert.equal(counts.document_knowledge, knowledge.length);
      assert.equal(counts.relations, 2);
      const listed = await t.store.relations({ document: 'extra/relations' });
      // Undated relations sort first on SQLite and last on PostgreSQL, so the two lists are compared in one order.
      const sorted = (list: object[]): string[] => list.map((item) => JSON.stringify(item)).sort();
      assert.deepEqual(
        sorted(listed.map(({ subject, predicate, object, count, date, from, evidence, rule, note, conflict }) => ({ subject, predicate, object, count, date, from, evidence, rule, note, conflict }))),
        sorted(extra[0].relations.map(({ subject, predicate, object, count, date, from, evidence, rule, note, conflict }) => ({ subject, predicate, object, count: count ?? null, date, from, evidence, rule: rule ?? null, note: note ?? null, conflict: conflict ?? null }))),
      );
      assert.deepEqual(listed.map((row) => row.date), [...listed.map((row) => row.date)].sort((a, b) => (a === b ? 0 : a === null ? (t.store.backend === 'sqlite' ? -1 : 1) : b === null ? (t.store.backend === 'sqlite' ? 1 : -1) : a < b ? -1 : 1)));
      const turkey = await t.store.relations({ subject: 'TUR', from: 'knowledge' });
      assert.equal(turkey.length, knowledge.filter((relation) => relation.subject.startsWith('TUR')).length);
    });

    test('a recode replaces events, relations and knowledge links, and reads back as coded', async () => {
      const [target] = coded;
      const next = { ...coded[3], id: target.id };
      assert.equal(await t.store.replace(target.id, next, { trusted: true }), true);
      assert.equal(json((await t.store.get(target.id)) as DocRecord), json(next));
      assert.deepEqual(await t.store.check(), []);
    });
  });
}
