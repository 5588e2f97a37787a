// GET /v1/relations: stored relations (from the store's relations table, with their evidence) and what the dated
// knowledge holds between the actors asked about, a role code standing for its country (DEUGOV for DEU).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadRelationLexicon } from '../../src/relations/index.ts';
import { fixtureLexicon } from '../fixtures/lexicon.ts';
import { mention, record } from '../store/fixtures.ts';
import { testServer, type TestServer } from './harness.ts';

type Listed = { subject: string; predicate: string; object: string; from: string; document: string | null; text: string | null; date: string | null };

const STATED = 'Japan and South Korea have formal partnerships with NATO.';

describe('GET /v1/relations', () => {
  let server: TestServer;
  before(async () => {
    server = await testServer({ fill: true, lexicon: { ...fixtureLexicon(), relations: loadRelationLexicon() } });
    const base = record({
      id: 'partners-stated',
      published: '2024-03-05',
      text: STATED,
      actors: [
        { code: 'JPN', name: 'Japan', kind: 'country', names: ['Japan'] },
        { code: 'KOR', name: 'South Korea', kind: 'country', names: ['South Korea'] },
        { code: 'IGOWSTNAT', name: 'NATO', kind: 'igo', names: ['NATO'] },
      ],
      events: [],
    });
    const { start, end } = mention(STATED, STATED);
    const stated = (subject: string) => ({ subject, predicate: 'partner_of', object: 'IGOWSTNAT', date: '2024-03-05', evidence: { start, end }, from: 'text' as const });
    await server.store.put({ ...base, relations: [stated('JPN'), stated('KOR')] });
  });
  after(async () => server.close());

  const get = async (url: string) => {
    const response = await server.app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json() };
  };
  const keys = (relations: Listed[], from: string): string[] =>
    relations.filter((r) => r.from === from).map((r) => `${r.subject} ${r.predicate} ${r.object}`).sort();

  test('between the actors shown: stored text relations with evidence, and the knowledge on the date', async () => {
    const { status, body } = await get('/v1/relations?actors=IGOWSTNAT,JPN,DEUGOV,BRA&at=2024-03-09');
    assert.equal(status, 200);
    assert.equal(body.at, '2024-03-09');
    const relations = body.relations as Listed[];
    assert.deepEqual(keys(relations, 'text'), ['JPN partner_of IGOWSTNAT'], 'KOR is not shown');
    const stated = relations.find((r) => r.from === 'text');
    assert.equal(stated?.document, 'partners-stated');
    assert.equal(stated?.text, STATED);
    const known = keys(relations.filter((r) => r.document === null), 'knowledge');
    assert.ok(known.includes('DEU member_of IGOWSTNAT'), known.join('; '));
    assert.ok(known.includes('JPN partner_of IGOWSTNAT'), known.join('; '));
    assert.ok(!known.some((key) => key.startsWith('BRA')), 'Brazil is in no body with NATO');
  });

  test('the knowledge follows the date: Finland is a member from 2023-04-04, a partner before', async () => {
    const before = (await get('/v1/relations?actors=IGOWSTNAT,FIN&at=2023-04-03&from=knowledge')).body.relations as Listed[];
    assert.deepEqual(keys(before.filter((r) => r.document === null), 'knowledge'), ['FIN applicant_to IGOWSTNAT', 'FIN partner_of IGOWSTNAT'], 'an applicant since 2022, a Partnership for Peace partner');
    const after = (await get('/v1/relations?actors=IGOWSTNAT,FIN&at=2023-04-04&predicate=member_of')).body.relations as Listed[];
    assert.deepEqual(keys(after, 'knowledge'), ['FIN member_of IGOWSTNAT']);
    const early = (await get('/v1/relations?actors=IGOWSTNAT,JPN&at=2024-03-01&from=text')).body.relations as Listed[];
    assert.deepEqual(early, [], 'nothing stated by then, and no knowledge asked');
  });

  test('one actor: a body\'s members on the date', async () => {
    const { body } = await get('/v1/relations?actor=igowstnat&at=2023-03-31&predicate=member_of&from=knowledge');
    const members = (body.relations as Listed[]).filter((r) => r.document === null).map((r) => r.subject);
    assert.equal(members.length, 30);
    assert.ok(!members.includes('IND') && !members.includes('FIN'));
  });

  test('bad parameters are 400 naming them; the route is in the OpenAPI document', async () => {
    for (const [url, words] of [
      ['/v1/relations?actors=USA,%27x', /actors/],
      ['/v1/relations?at=yesterday', /at: must be YYYY-MM-DD/],
      ['/v1/relations?from=rumour', /from/],
      ['/v1/relations?predicate=Member%20Of', /predicate/],
    ] as const) {
      const { status, body } = await get(url);
      assert.equal(status, 400, url);
      assert.match(body.message, words, url);
    }
    const { body } = await get('/openapi.json');
    assert.ok(body.paths['/v1/relations']?.get, 'GET /v1/relations is documented');
    assert.ok(body.paths['/v1/relations'].get.parameters.some((p: { name: string }) => p.name === 'actors'));
  });
});
