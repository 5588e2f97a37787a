// The relations table: written with its document (put, putMany, replace), queried by actor, predicate, origin and
// date, with the evidence words (documents stored before the table existed get their rows from their record: see
// upgrade.test.ts).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DocRecord, Relation } from '../../src/record.ts';
import { BACKENDS, type TestStore } from './backends.ts';
import { mention, record } from './fixtures.ts';

const PARTNERS_TEXT = 'Japan and South Korea have formal partnerships with NATO. The alliance has 40 partners.';

function withRelations(base: DocRecord, relations: Array<Omit<Relation, 'evidence'> & { evidence?: string }>): DocRecord {
  return {
    ...base,
    relations: relations.map(({ evidence, ...rest }) => ({ ...rest, evidence: evidence === undefined ? null : (({ start, end }) => ({ start, end }))(mention(base.text, evidence)) })),
  };
}

const NATO = { code: 'IGOWSTNAT', name: 'NATO', kind: 'igo' as const };

const PARTNERS = withRelations(
  record({
    id: 'partners',
    published: '2023-03-31',
    text: PARTNERS_TEXT,
    actors: [
      { code: 'JPN', name: 'Japan', kind: 'country', names: ['Japan'] },
      { code: 'KOR', name: 'South Korea', kind: 'country', names: ['South Korea'] },
      { ...NATO, names: ['NATO'] },
    ],
    events: [],
  }),
  [
    { subject: 'JPN', predicate: 'partner_of', object: 'IGOWSTNAT', date: '2023-03-31', from: 'text', evidence: 'Japan and South Korea have formal partnerships with NATO.', rule: 'relations/phrases:partnership' },
    { subject: 'KOR', predicate: 'partner_of', object: 'IGOWSTNAT', date: '2023-03-31', from: 'text', evidence: 'Japan and South Korea have formal partnerships with NATO.' },
    { subject: 'IGOWSTNAT', predicate: 'partner_count', object: 'IGOWSTNAT', count: 40, date: '2023-03-31', from: 'text', evidence: 'The alliance has 40 partners.' },
    { subject: 'JPN', predicate: 'partner_of', object: 'IGOWSTNAT', date: '2023-03-31', from: 'knowledge', note: 'partners across the globe' },
  ],
);

const ACCESSION = withRelations(
  record({
    id: 'accession',
    published: '2023-04-04',
    text: 'Finland joined NATO on Tuesday.',
    actors: [
      { code: 'FIN', name: 'Finland', kind: 'country', names: ['Finland'] },
      { ...NATO, names: ['NATO'] },
    ],
    events: [],
  }),
  [{ subject: 'FIN', predicate: 'member_of', object: 'IGOWSTNAT', date: '2023-04-04', from: 'text', evidence: 'Finland joined NATO on Tuesday.', conflict: 'the knowledge has FIN join on 2023-04-04' }],
);

for (const backend of BACKENDS) {
  describe(`relations in the store on ${backend.name}`, { skip: backend.skip }, () => {
    let t: TestStore;
    before(async () => {
      t = await backend.open();
    });
    after(async () => {
      await t?.cleanup();
    });

    test('put writes one row per relation, with its evidence words', async () => {
      const results = await t.store.putMany([PARTNERS, ACCESSION]);
      assert.deepEqual(results.map((r) => r.status), ['added', 'added']);
      const counts = await t.store.counts();
      assert.deepEqual([counts.relations, counts.knowledge, counts.document_knowledge], [4, 1, 1], 'text relations as rows, the knowledge one as a fact');
      const rows = await t.store.relations({ document: 'partners', from: 'text' });
      assert.deepEqual(rows.map((r) => `${r.subject} ${r.predicate} ${r.object}`), ['JPN partner_of IGOWSTNAT', 'KOR partner_of IGOWSTNAT', 'IGOWSTNAT partner_count IGOWSTNAT']);
      assert.equal(rows[0].text, 'Japan and South Korea have formal partnerships with NATO.');
      assert.deepEqual(rows[0].evidence, { start: 0, end: 57 });
      assert.equal(rows[0].rule, 'relations/phrases:partnership');
      assert.equal(rows[2].count, 40);
      assert.equal(rows[1].rule, null);
      assert.deepEqual(await t.store.get('partners'), PARTNERS, 'the record round-trips with its relations');
    });

    test('queries by actor, predicate, origin and date', async () => {
      const keys = async (query: Parameters<TestStore['store']['relations']>[0]): Promise<string[]> =>
        (await t.store.relations(query)).map((r) => `${r.document}:${r.subject} ${r.predicate}${r.from === 'knowledge' ? ' (knowledge)' : ''}`);
      assert.deepEqual(await keys({ actor: 'KOR' }), ['partners:KOR partner_of']);
      assert.equal((await keys({ actor: 'IGOWSTNAT' })).length, 5, 'NATO as subject or object');
      assert.deepEqual(await keys({ predicate: 'member_of' }), ['accession:FIN member_of']);
      assert.deepEqual(await keys({ from: 'knowledge' }), ['partners:JPN partner_of (knowledge)']);
      assert.equal((await keys({ until: '2023-04-03' })).length, 4);
      assert.deepEqual(await keys({ since: '2023-04-01' }), ['accession:FIN member_of']);
      assert.deepEqual(await keys({ subject: 'JP', object: 'IGO', from: 'text' }), ['partners:JPN partner_of'], 'code prefixes');
      assert.equal((await keys({ limit: 2, offset: 3 })).length, 2);
      assert.deepEqual(await keys({ among: ['KOR', 'IGOWSTNAT'] }), ['partners:KOR partner_of', 'partners:IGOWSTNAT partner_count'], 'both ends among the codes');
      assert.deepEqual(await keys({ among: [] }), []);
      const [conflicting] = await t.store.relations({ document: 'accession' });
      assert.match(conflicting.conflict ?? '', /knowledge/);
      assert.equal(conflicting.published, '2023-04-04');
    });

    test('replace swaps the relations with the other annotations; the check counts them', async () => {
      const recoded = { ...ACCESSION, relations: [] };
      assert.equal(await t.store.replace('accession', recoded), true);
      assert.deepEqual(await t.store.relations({ document: 'accession' }), []);
      assert.equal((await t.store.counts()).relations, 3);
      assert.deepEqual(await t.store.check(), []);
      await t.exec("DELETE FROM relations WHERE subject = 'KOR'");
      assert.deepEqual(await t.store.check(), ['document partners: stored rows do not match its record']);
      assert.equal(await t.store.replace('partners', PARTNERS), true);
      assert.deepEqual(await t.store.check(), []);
    });

    test('a relation that cannot be written leaves no part of its document', async () => {
      const broken = { ...PARTNERS, id: 'broken', text: `${PARTNERS_TEXT} Again.`, relations: [{ ...PARTNERS.relations[0], subject: null as unknown as string }] };
      // Not merged as a near-duplicate of PARTNERS: the write itself must fail.
      const [result] = await t.store.putMany([broken], { trusted: true, keepNearDuplicates: true });
      assert.equal(result.status, 'failed');
      assert.equal(await t.store.get('broken'), null);
      assert.equal((await t.store.counts()).documents, 2);
    });
  });
}
