import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import type { EventFilter } from '../../src/store/types.ts';
import { BACKENDS, type TestStore } from './backends.ts';
import { record, RECORDS, SYNDICATED } from './fixtures.ts';

const ids = (rows: Array<{ document: string }>): string[] => rows.map((r) => r.document);

for (const backend of BACKENDS) {
  describe(`store on ${backend.name}`, { skip: backend.skip }, () => {
    let t: TestStore;
    before(async () => {
      t = await backend.open();
    });
    after(async () => {
      await t?.cleanup();
    });

    test('applies its migrations once', async () => {
      assert.deepEqual(await t.store.migrations(), [1, 2, 3, 4, 5, 6, 7, 8]);
      const again = await openStore(t.url);
      assert.deepEqual(await again.migrations(), [1, 2, 3, 4, 5, 6, 7, 8]);
      await again.close();
    });

    test('stores each document once, by id and by normalised text', async () => {
      for (const r of RECORDS) {
        const result = await t.store.put(r, { dictVersion: 'dict-test1' });
        assert.equal(result.status, 'added', r.id);
      }
      assert.deepEqual(await t.store.put(RECORDS[1]), { status: 'exists', id: 'nato-india-2' });
      assert.deepEqual(await t.store.put(SYNDICATED), { status: 'duplicate', id: 'nato-india-syndicated', of: 'nato-india-1', kind: 'exact', similarity: 1 });
      const counts = await t.store.counts();
      assert.equal(counts.documents, 4);
      assert.equal(counts.document_sources, 5, 'the syndicated copy is remembered as another source');
      assert.equal(counts.events, 7);
      assert.equal(counts.quotes, 2);
      const views = await t.all(
        ['sentences', 'actors', 'people', 'places', 'mentions'].map((view) => `SELECT '${view}' AS name, CAST(count(*) AS INTEGER) AS n FROM ${view}`).join(' UNION ALL '),
      );
      const mentions = RECORDS.flatMap((r) => [...r.actors, ...r.people, ...r.places]).reduce((sum, layer) => sum + layer.mentions.length, 0);
      assert.deepEqual(Object.fromEntries(views.map((row) => [row.name, Number(row.n)])), { sentences: 10, actors: 11, people: 1, places: 3, mentions });
    });

    test('reads sentences, actors, people, places and mentions through views over the record', async () => {
      const [doc] = await t.all("SELECT doc FROM documents WHERE id = 'nato-india-1'");
      const where = `WHERE doc = ${Number(doc.doc)} ORDER BY n`;
      const record = RECORDS[0];
      const rows = (sql: string) => t.all(sql).then((list) => list.map((row) => ({ ...row, doc: undefined })));
      assert.deepEqual(await rows(`SELECT * FROM sentences ${where}`), record.sentences.map((s, n) => ({ doc: undefined, n, start_offset: s.start, end_offset: s.end })));
      assert.deepEqual(await rows(`SELECT * FROM actors ${where}`), record.actors.map((a, n) => ({ doc: undefined, n, code: a.code, name: a.name, kind: a.kind })));
      assert.deepEqual(await rows(`SELECT * FROM people ${where}`), record.people.map((p, n) => ({ doc: undefined, n, name: p.name, role: p.role, actor: p.actor })));
      assert.deepEqual(
        await rows(`SELECT * FROM places ${where}`),
        record.places.map((p, n) => ({ doc: undefined, n, name: p.name, country: p.country, lat: p.lat, lon: p.lon })),
      );
      const actorMentions = record.actors.flatMap((a, n) => a.mentions.map((m, i) => ({ doc: undefined, layer: 'actor', n, m: i, start_offset: m.start, end_offset: m.end, text: m.text, via: m.via ?? null })));
      assert.deepEqual(await rows(`SELECT * FROM mentions WHERE doc = ${Number(doc.doc)} AND layer = 'actor' ORDER BY n, m`), actorMentions);
    });

    test('gives back the record it was given', async () => {
      for (const r of RECORDS) assert.deepEqual(await t.store.get(r.id), r);
      assert.equal(await t.store.get('no-such-document'), null);
    });

    test('filters events', async () => {
      const count = (filter: EventFilter) => t.store.countEvents(filter);
      assert.equal(await count({}), 7);
      assert.equal(await count({ actor: 'IND' }), 3, 'India on either side');
      assert.equal(await count({ actor: 'CHN' }), 2, 'CHN and CHNGOV');
      assert.equal(await count({ source: 'IGO' }), 3);
      assert.equal(await count({ target: 'UKR' }), 1);
      assert.equal(await count({ source: 'UKR' }), 1);
      assert.equal(await count({ actor: 'US' }), 1, 'a prefix of USAGOV');
      assert.equal(await count({ actor: 'U' }), 3, 'UKR, UKRMIL and USAGOV');
      assert.equal(await count({ source: 'RUSMIL' }), 1, 'a whole code');
      assert.equal(await count({ actor: 'RUSGOV' }), 0);
      assert.equal(await count({ actor: 'IGOWST', to: '2023-03-30' }), 0);
      assert.equal(await count({ actor: 'UKR', from: '2023-04-05', to: '2023-04-05' }), 2, 'either side, within the dates');
      assert.equal(await count({ cameo: '03' }), 3);
      assert.equal(await count({ cameo: '023' }), 1, 'code 0233 under 023');
      assert.equal(await count({ roots: ['19', '13'] }), 2);
      assert.equal(await count({ quads: [4] }), 1);
      assert.equal(await count({ quads: [1, 2] }), 5);
      assert.equal(await count({ from: '2023-04-01' }), 4);
      assert.equal(await count({ from: '2023-04-01', to: '2023-04-30' }), 3);
      assert.equal(await count({ country: 'UKR' }), 1);
      assert.equal(await count({ place: 'new delhi' }), 3);
      assert.equal(await count({ text: 'maritime' }), 1);
      assert.equal(await count({ text: 'security officials' }), 2, 'all words, in one article');
      assert.equal(await count({ text: 'threatening' }), 2, 'stemmed');
      assert.equal(await count({ negated: true }), 1);
      assert.equal(await count({ negated: false, mode: null }), 5);
      assert.equal(await count({ mode: 'future' }), 1);
      assert.equal(await count({ document: 'kharkiv-clash' }), 2);
      assert.equal(await count({ actor: 'IND', from: '2023-03-31', to: '2023-03-31', quads: [1] }), 3);
      const [clash] = await t.store.events({ roots: ['19'] });
      assert.equal(clash.document, 'kharkiv-clash');
      assert.equal(clash.sourceName, 'Russia');
      assert.equal(clash.evidence, 'Russian troops fired on Ukrainian positions near Kharkiv on Wednesday.');
      assert.equal(clash.verb, 'fired');
      assert.equal(clash.outlet, 'harbourpost.example');
      assert.equal(clash.placeLat, 49.99);
      assert.equal(clash.negated, false);
    });

    test('sorts and pages', async () => {
      const byGoldstein = await t.store.events({ sort: 'goldstein' });
      assert.deepEqual(
        byGoldstein.map((e) => e.goldstein),
        [-10, -4.4, 2.8, 3.4, 4, 4, 4],
      );
      const top = await t.store.events({ sort: '-goldstein', limit: 2, offset: 3 });
      assert.deepEqual(top.map((e) => e.goldstein), [3.4, 2.8]);
      const byDate = await t.store.events({ sort: '-date', limit: 1 });
      assert.equal(byDate[0].date, '2023-05-01');
      assert.deepEqual(ids(await t.store.events({ sort: 'date', offset: 6 })), ['usa-china']);
      const streamed = [];
      for await (const e of t.store.eachEvent({ actor: 'IND', sort: 'id' })) streamed.push(e);
      assert.deepEqual(streamed, await t.store.events({ actor: 'IND', sort: 'id' }));
    });

    test('counts by period, dyad, quad class and root with mean Goldstein', async () => {
      assert.deepEqual(await t.store.stats('day', { quads: [1] }), [
        { key: '2023-03-31', count: 3, goldstein: 4 },
        { key: '2023-04-05', count: 1, goldstein: 3.4 },
        { key: '2023-05-01', count: 1, goldstein: 2.8 },
      ]);
      assert.deepEqual(
        (await t.store.stats('week')).map((r) => [r.key, r.count]),
        [
          ['2023-03-27', 3],
          ['2023-04-03', 2],
          ['2023-04-10', 1],
          ['2023-05-01', 1],
        ],
      );
      assert.deepEqual(
        (await t.store.stats('month')).map((r) => [r.key, r.count]),
        [
          ['2023-03', 3],
          ['2023-04', 3],
          ['2023-05', 1],
        ],
      );
      const dyads = await t.store.stats('dyad');
      assert.deepEqual(dyads[0], { key: 'IGOWSTNAT IND', count: 3, goldstein: 4 });
      assert.ok(dyads.some((r) => r.key === 'UKR ' && r.count === 1), 'an event without a target');
      const quads = await t.store.stats('quad');
      assert.deepEqual(quads.map((r) => [r.key, r.count]), [['1', 5], ['3', 1], ['4', 1]]);
      assert.ok(Math.abs((quads[0].goldstein ?? 0) - (4 * 3 + 3.4 + 2.8) / 5) < 1e-9);
      assert.deepEqual((await t.store.stats('root', { actor: 'UKR' })).map((r) => r.key), ['02', '19']);
    });

    test('aggregates the same event across articles into one story', async () => {
      const stories = await t.store.stories({ cameo: '036' });
      assert.equal(stories.length, 1);
      const [story] = stories;
      // Two stored articles from two outlets, and the syndicated copy of the first recorded as a third source.
      assert.equal(story.numMentions, 4);
      assert.equal(story.numArticles, 3);
      assert.equal(story.numSources, 3);
      assert.equal(story.isRoot, true);
      assert.equal(story.sourceUrl, 'https://www.harbourpost.example/world/nato-india');
      assert.equal(story.placeName, 'New Delhi');
      assert.equal((await t.store.stories()).length, 5);
      const negated = await t.store.stories({ negated: true });
      assert.equal(negated.length, 1);
      assert.equal(negated[0].isRoot, true);
      const [future] = await t.store.stories({ mode: 'future' });
      assert.equal(future.isRoot, false);
      const streamed = [];
      for await (const s of t.store.eachStory({ sort: 'id' })) streamed.push(s.id);
      assert.deepEqual(streamed, (await t.store.stories({ sort: 'id' })).map((s) => s.id));
    });

    test('finds quotes by speaker, actor and words', async () => {
      const marsh = await t.store.quotes({ speaker: 'marsh' });
      assert.equal(marsh.length, 1);
      assert.equal(marsh[0].text, 'This is a good day for both of us,');
      assert.equal(marsh[0].cue, 'said');
      assert.equal(marsh[0].document, 'nato-india-1');
      assert.deepEqual((await t.store.quotes({ actor: 'UKR' })).map((q) => q.speaker), ['Oksana Hrytsenko']);
      assert.equal((await t.store.quotes({ text: 'helping' })).length, 1);
      assert.equal((await t.store.quotes({ speaker: '%' })).length, 0, 'LIKE wildcards are literal');
      assert.equal((await t.store.quotes()).length, 2);
    });

    test('replaces annotations atomically and records the dictionary version', async () => {
      const before = await t.store.get('kharkiv-clash');
      assert.ok(before);
      const recoded = { ...before, events: before.events.slice(0, 1), warnings: ['recoded'] };
      assert.equal(await t.store.replace('kharkiv-clash', recoded, { dictVersion: 'dict-test2' }), true);
      assert.deepEqual(await t.store.get('kharkiv-clash'), recoded);
      assert.equal(await t.store.countEvents({ document: 'kharkiv-clash' }), 1);
      assert.equal(await t.store.countEvents({}), 6);
      const versions = new Map<string, string | null>();
      for await (const d of t.store.documents()) versions.set(d.id, d.dictVersion);
      assert.equal(versions.get('kharkiv-clash'), 'dict-test2');
      assert.equal(versions.get('nato-india-1'), 'dict-test1');
      assert.equal(versions.size, 4);
      assert.equal(await t.store.replace('not-stored', recoded), false);
      assert.equal(await t.store.countEvents({ text: 'Kharkiv' }), 1, 'full text follows the document');
    });

    test('rejects a malformed record before writing anything', async () => {
      const bad = { ...RECORDS[0], id: 'bad-date', events: [{ ...RECORDS[0].events[0], date: '31/03/2023' }] };
      await assert.rejects(t.store.put(bad), /bad-date: events\.0\.date "31\/03\/2023" is not YYYY-MM-DD/);
      const missing = { ...RECORDS[0], id: 'no-events' } as Record<string, unknown>;
      delete missing.events;
      await assert.rejects(t.store.put(missing as never), /no-events: events:/);
      assert.equal((await t.store.counts()).documents, 4);
    });

    test('a failure mid-document leaves no part of it', async () => {
      // A trigger that refuses one quote: the document, its sentences and events were already inserted when
      // the quotes table fails, so only a transaction can take them back out.
      await t.exec(
        backend.name === 'sqlite'
          ? `CREATE TRIGGER refuse_quote BEFORE INSERT ON quotes WHEN new.text = 'REFUSE ME' BEGIN SELECT RAISE(ABORT, 'refused'); END;`
          : `CREATE FUNCTION refuse_quote() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
               IF new.text = 'REFUSE ME' THEN RAISE EXCEPTION 'refused'; END IF; RETURN new; END $$;
             CREATE TRIGGER refuse_quote BEFORE INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION refuse_quote();`,
      );
      const doomed = record({
        id: 'doomed',
        published: '2023-06-01',
        text: 'Chile agreed to help Peru. "REFUSE ME" said Ana Vidal.',
        actors: [
          { code: 'CHL', name: 'Chile', kind: 'country', names: ['Chile'] },
          { code: 'PER', name: 'Peru', kind: 'country', names: ['Peru'] },
        ],
        events: [{ source: 'CHL', target: 'PER', cameo: '036', verb: 'agreed', sourceText: 'Chile', targetText: 'Peru' }],
        quotes: [{ speaker: 'Ana Vidal', actor: null, cue: 'said', quoted: 'REFUSE ME' }],
      });
      const countsBefore = await t.store.counts();
      await assert.rejects(t.store.put(doomed), /refused/);
      assert.deepEqual(await t.store.counts(), countsBefore);
      assert.equal(await t.store.get('doomed'), null);
      // In a group, the failing document is rolled back alone and named; the others are kept.
      const fine = record({
        id: 'fine',
        published: '2023-06-02',
        text: 'Peru agreed to help Chile.',
        actors: [
          { code: 'PER', name: 'Peru', kind: 'country', names: ['Peru'] },
          { code: 'CHL', name: 'Chile', kind: 'country', names: ['Chile'] },
        ],
        events: [{ source: 'PER', target: 'CHL', cameo: '036', verb: 'agreed', sourceText: 'Peru', targetText: 'Chile' }],
      });
      const group = await t.store.putMany([doomed, fine, RECORDS[0], { ...fine, id: 'bad', published: 'June' }]);
      assert.deepEqual(
        group.map((r) => r.status),
        ['failed', 'added', 'exists', 'failed'],
      );
      assert.match((group[0] as { error: string }).error, /refused/);
      assert.match((group[3] as { error: string }).error, /published "June" is not YYYY-MM-DD/);
      assert.throws(() => t.store.stage({ ...fine, id: 'bad', published: 'June' }), /published "June" is not YYYY-MM-DD/);
      const before = await t.store.counts();
      await assert.rejects(t.store.putMany([{ id: 'unstaged', staged: { ticket: 424242 } }]), /staged/);
      assert.deepEqual(await t.store.counts(), before);
      assert.equal(await t.store.get('doomed'), null);
      assert.deepEqual(await t.store.get('fine'), fine);
      assert.equal((await t.store.counts()).events, countsBefore.events + 1);
      assert.deepEqual(await t.store.check(), []);
      // The same holds for a recode that fails half way: the old annotations stay.
      const kept = await t.store.get('nato-india-2');
      assert.ok(kept);
      const countsKept = await t.store.counts();
      await assert.rejects(t.store.replace('nato-india-2', { ...doomed, id: 'nato-india-2' }), /refused/);
      assert.deepEqual(await t.store.get('nato-india-2'), kept);
      assert.deepEqual(await t.store.counts(), countsKept);
      await t.exec(backend.name === 'sqlite' ? 'DROP TRIGGER refuse_quote' : 'DROP TRIGGER refuse_quote ON quotes; DROP FUNCTION refuse_quote()');
    });

    test('says whether the database keeps its planner statistics itself (PostgreSQL while autovacuum counts changes)', async () => {
      if (backend.name === 'sqlite') {
        assert.equal(t.store.analyzesItself, false);
        return;
      }
      const [server] = await t.all(`SELECT current_setting('autovacuum') = 'on' AND current_setting('track_counts') = 'on' AS on`);
      assert.equal(t.store.analyzesItself, server.on);
      const url = new URL(t.url);
      url.searchParams.set('options', '-c track_counts=off');
      const uncounted = await openStore(url.toString());
      try {
        assert.equal(uncounted.analyzesItself, false);
      } finally {
        await uncounted.close();
      }
    });

    test('optimize gathers statistics for what queries filter on (on PostgreSQL, for nothing else)', async () => {
      await t.store.optimize();
      if (backend.name === 'sqlite') {
        const indexes = (await t.all('SELECT idx FROM sqlite_stat1')).map((row) => String(row.idx));
        assert.ok(indexes.includes('events_source_country_date'), indexes.join(', '));
        return;
      }
      const rows = await t.all(`SELECT tablename || '.' || attname AS name FROM pg_stats WHERE schemaname = current_schema()`);
      const names = rows.map((row) => String(row.name));
      for (const kept of ['events.source', 'events.date', 'documents.id', 'quotes.speaker']) assert.ok(names.includes(kept), kept);
      assert.ok(!names.some((name) => name.startsWith('document_bands.')), names.join(', '));
      for (const skipped of ['documents.record', 'documents.text', 'events.evidence', 'quotes.text']) assert.ok(!names.includes(skipped), skipped);
      assert.ok(!names.some((name) => name.startsWith('documents_tsv.') || name.startsWith('quotes_tsv.')), names.join(', '));
    });

    test('its integrity check passes, and notices a torn document', async () => {
      assert.deepEqual(await t.store.check(), []);
      await t.exec(`DELETE FROM events WHERE evidence LIKE 'India and NATO agreed%'`);
      const problems = await t.store.check();
      assert.deepEqual(problems, ['document nato-india-2: stored rows do not match its record']);
      // A row whose document is missing (written behind the store's back, without foreign-key checks).
      const orphan = `INSERT INTO quotes (doc, n, kind, start_offset, end_offset, text) VALUES (999999, 0, 'direct', 0, 1, 'x')`;
      await t.exec(backend.name === 'sqlite' ? `PRAGMA foreign_keys = OFF; ${orphan}` : orphan);
      const orphaned = await t.store.check();
      assert.ok(orphaned.includes('quotes: 1 rows belong to no document'), orphaned.join('; '));
    });
  });
}

for (const backend of BACKENDS) {
  describe(`the writer thread of a store on ${backend.name}`, { skip: backend.skip }, () => {
    test('closing a store finishes the writes still under way, and they read back', async () => {
      const t = await backend.open();
      try {
        const other = await openStore(t.url);
        const copies = RECORDS.map((r, i) => ({ ...r, id: `late-${i}`, text: `${r.text} Later.` }));
        const writing = other.putMany(copies, { keepNearDuplicates: true });
        await other.close();
        assert.deepEqual(
          (await writing).map((result) => result.status),
          copies.map(() => 'added'),
        );
        for (const copy of copies) assert.equal((await t.store.get(copy.id))?.text, copy.text);
      } finally {
        await t.cleanup();
      }
    });
  });
}

test('openStore refuses URLs it cannot serve', async () => {
  await assert.rejects(openStore('mysql://localhost/x'), /use a file path \(SQLite\) or postgres/);
  await assert.rejects(openStore('/no/such/dir/x.db'), /cannot open SQLite store \/no\/such\/dir\/x\.db/);
});
