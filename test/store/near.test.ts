// Near-duplicates against the store: a wire story stored in one run and republished by another site in a
// later run is kept once, with the later copy recorded as another source (and counted in its stories); a
// different report of the same event is a document of its own. Documents stored before the store kept
// fingerprints get theirs when it is next opened.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';
import { BACKENDS, type TestStore } from './backends.ts';
import { record } from './fixtures.ts';

const WIRE = [
  'Chile and Peru signed an accord on Thursday to share water from the rivers that cross their desert border, ending a quarrel that had simmered for a decade.',
  'Under the accord each country may draw a fixed share of the flow in dry months, and an engineering panel from both capitals will measure the rivers every season.',
  'Farmers on both sides had complained for years that upstream wells left their fields dry long before the harvest.',
  'Ministers said the panel would publish its readings every quarter so that any dispute could be settled on the figures alone.',
].join(' ');

const ACTORS = [
  { code: 'CHL', name: 'Chile', kind: 'country' as const, names: ['Chile'] },
  { code: 'PER', name: 'Peru', kind: 'country' as const, names: ['Peru'] },
];
const signed = { source: 'CHL', target: 'PER', cameo: '036', verb: 'signed', sourceText: 'Chile', targetText: 'Peru' };

const ORIGINAL = record({ id: 'wire', url: 'https://www.andeswire.example/water-accord', published: '2024-02-01', text: WIRE, actors: ACTORS, events: [signed] });
// The same story on another site: its own dateline, one word changed and a line of its own at the end.
const REPUBLISHED = record({
  id: 'wire-copy',
  url: 'https://coastdaily.example/news/water',
  published: '2024-02-01',
  text: `SANTIAGO (Wire) — ${WIRE.replace('a decade', 'ten years')} Subscribe to our newsletter for more.`,
  actors: ACTORS,
  events: [signed],
});
// The same event in other words: not a copy.
const OTHER = record({
  id: 'other-report',
  url: 'https://pacificherald.example/chile-peru',
  published: '2024-02-01',
  text: 'Chile signed a deal with Peru over shared rivers after long talks. Officials in Lima called it fair, while growers in the Atacama said they would wait to see whether their wells recover before celebrating.',
  actors: ACTORS,
  events: [signed],
});

for (const backend of BACKENDS) {
  describe(`near-duplicates in the store on ${backend.name}`, { skip: backend.skip }, () => {
    let t: TestStore;
    // The store of the current run; each later run opens its own.
    let store: Store;
    const runs: Store[] = [];
    const nextRun = async (): Promise<void> => {
      store = await openStore(t.url);
      runs.push(store);
    };
    before(async () => {
      t = await backend.open();
      store = t.store;
    });
    after(async () => {
      for (const run of runs) await run.close();
      await t?.cleanup();
    });

    test('a near-duplicate stored in a later run becomes another source of the stored story', async () => {
      assert.equal((await store.put(ORIGINAL)).status, 'added');
      // A later run: the store opened again, nothing of the first run in memory.
      await nextRun();
      const [copy] = await store.putMany([REPUBLISHED]);
      assert.equal(copy.status, 'duplicate');
      assert.ok(copy.status === 'duplicate' && copy.kind === 'near' && copy.of === 'wire' && copy.similarity >= 0.7 && copy.similarity < 1);
      const counts = await store.counts();
      assert.equal(counts.documents, 1);
      assert.equal(counts.document_sources, 2);
      const [story] = await store.stories({ cameo: '036' });
      assert.equal(story.numArticles, 2);
      assert.equal(story.numSources, 2);
      assert.deepEqual(await store.check(), []);
    });

    test('a different report of the same event is a document of its own', async () => {
      assert.equal((await store.put(OTHER)).status, 'added');
      const [story] = await store.stories({ cameo: '036' });
      assert.equal(story.numArticles, 3);
      assert.equal(story.numSources, 3);
    });

    test('with keepNearDuplicates a near copy is stored as a document of its own', async () => {
      const result = await store.put({ ...REPUBLISHED, id: 'kept-copy' }, { keepNearDuplicates: true });
      assert.equal(result.status, 'added');
    });

    test('documents stored before fingerprints were kept get them when the store is next opened', async () => {
      await t.exec('DELETE FROM document_bands; UPDATE documents SET minhash = NULL, shingles = NULL');
      await nextRun();
      assert.equal((await store.counts()).document_bands, 3 * 32);
      const again = await store.put({ ...REPUBLISHED, id: 'third-copy', url: 'https://valleynews.example/water' });
      assert.equal(again.status, 'duplicate');
    });
  });
}
