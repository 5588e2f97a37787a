import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { relationKey, readGold, scoreGold } from '../../src/eval/relations.ts';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { codeDoc } from '../../src/pipeline.ts';
import type { Relation } from '../../src/record.ts';
import { membersAt } from '../../src/relations/index.ts';
import { compilePattern, loadPhrases } from '../../src/relations/phrases.ts';

const lexicon = loadLexicon();
const relations = lexicon.relations;

function read(text: string, date = '2023-03-31'): { all: Relation[]; text: string[]; known: string[]; doc: ReturnType<typeof codeDoc> } {
  const doc = codeDoc(text, { lexicon, date });
  const all = doc.relations;
  return {
    all,
    doc,
    text: all.filter((relation) => relation.from === 'text').map(relationKey),
    known: all.filter((relation) => relation.from === 'knowledge').map(relationKey),
  };
}

test('the relations dictionaries load without problems', () => {
  assert.deepEqual(relations.problems, []);
  assert.ok(relations.phrases.length >= 40, `${relations.phrases.length} wordings`);
});

test('"the four nations" names the four states listed just before, and the evidence is that sentence', () => {
  const passage = 'Four Pacific democracies were invited: Australia, New Zealand, South Korea and Japan. The four nations of the region have formal partnerships with the alliance, which NATO confirmed.';
  const { all, text, doc } = read(passage);
  for (const code of ['AUS', 'NZL', 'KOR', 'JPN']) assert.ok(text.includes(`${code} partner_of IGOWSTNAT`), `${code}: ${text.join('; ')}`);
  const partnership = all.find((relation) => relation.from === 'text' && relation.subject === 'AUS');
  assert.ok(partnership?.evidence);
  assert.match(doc.text.slice(partnership.evidence.start, partnership.evidence.end), /^The four nations .* confirmed\.$/);
});

test('a collective phrase with nothing to point back to yields nothing', () => {
  assert.deepEqual(read('The three countries have formal partnerships with NATO.').text, []);
});

test('counts: partners and members, in digits and words', () => {
  assert.deepEqual(read('NATO has about 40 partners across the world.').text, ['IGOWSTNAT partner_count 40']);
  assert.deepEqual(read('The African Union has fifty-five member states.').text, ['IGOAFRAFU member_count 55']);
});

test('negation turns membership into not_member_of; negated alliances are dropped', () => {
  assert.deepEqual(read('India is not a member of NATO.').text, ['IND not_member_of IGOWSTNAT']);
  assert.deepEqual(read('Russia and China are not allies.').text, []);
});

test('questions, conditionals, futures and modals state no standing relation', () => {
  for (const sentence of [
    'Will Serbia ever join the European Union?',
    'If Georgia joins NATO, Moscow will respond.',
    'Ukraine will join NATO one day, the minister said.',
    'Moldova could become a member of the European Union by 2030.',
    'Norway wants Iceland to join the European Union.',
  ]) {
    assert.deepEqual(read(sentence).text, [], sentence);
  }
});

test('a membership that ended is read as such', () => {
  assert.deepEqual(read('Britain left the European Union in 2020.', '2021-01-01').text, ['GBR former_member_of IGOEUREEC']);
  assert.deepEqual(read('Hungary was a member of the Warsaw Pact until it was dissolved.', '1995-01-01').text, ['HUN former_member_of IGOEEU']);
});

test('a clause after "but" keeps the subject of the clause before it', () => {
  const { text } = read('Bosnia and Herzegovina joined the Partnership for Peace in 2006 but is still not a member of NATO.');
  assert.ok(text.includes('BIH partner_of IGOWSTNAT'), text.join('; '));
  assert.ok(text.includes('BIH not_member_of IGOWSTNAT'), text.join('; '));
});

test('appositions: "X, a member of Y" and "Y member X"', () => {
  assert.deepEqual(read('Estonia, a member of NATO since 2004, borders Russia.').text, ['EST member_of IGOWSTNAT']);
  assert.deepEqual(read('NATO member Norway hosted the exercise.').text, ['NOR member_of IGOWSTNAT']);
  assert.deepEqual(read('Austria, a former member of EFTA, is neutral.').text.filter((key) => key.includes('member_of IGOWSTNAT')), []);
});

test('actors named alongside share the membership', () => {
  const { text } = read('Brazil is a member of BRICS alongside Russia and India.');
  assert.deepEqual([...text].sort(), ['BRA member_of IGOBRC', 'IND member_of IGOBRC', 'RUS member_of IGOBRC']);
});

test('knowledge relations for the actors named, on the article date', () => {
  const before = read('Finland and NATO held talks in Helsinki.', '2023-03-31').known;
  assert.ok(before.includes('FIN partner_of IGOWSTNAT'), before.join('; '));
  assert.ok(!before.includes('FIN member_of IGOWSTNAT'));
  const after = read('Finland and NATO held talks in Helsinki.', '2023-04-05').known;
  assert.ok(after.includes('FIN member_of IGOWSTNAT'), after.join('; '));
  assert.ok(!after.includes('FIN partner_of IGOWSTNAT'));
});

test('where the text contradicts the knowledge both are kept, and both say so', () => {
  const { all } = read('India is a member of NATO, the commentator claimed.', '2023-03-31');
  const stated = all.find((relation) => relation.from === 'text' && relation.predicate === 'member_of');
  const known = all.find((relation) => relation.from === 'knowledge' && relation.predicate === 'not_member_of' && relation.subject === 'IND');
  assert.match(stated?.conflict ?? '', /IND is not a member of IGOWSTNAT on 2023-03-31/);
  assert.match(known?.conflict ?? '', /the text \(member_of\) disagrees/);

  const denial = read('Poland is not a member of NATO.', '2023-03-31').all;
  assert.ok(denial.find((relation) => relation.from === 'text')?.conflict);
  assert.ok(denial.find((relation) => relation.from === 'knowledge' && relation.predicate === 'member_of' && relation.subject === 'POL')?.conflict);

  const agrees = read('NATO has 31 members.', '2023-07-12').all;
  assert.equal(agrees.find((relation) => relation.from === 'text')?.conflict, undefined);
  const wrongCount = read('NATO has 25 members.', '2023-07-12').all;
  assert.match(wrongCount.find((relation) => relation.from === 'text')?.conflict ?? '', /31 members on record/);
});

test('a body whose members it calls partners: the text reads membership', () => {
  assert.deepEqual(read('Canada is one of the Five Eyes partners.').text, ['CAN member_of IGOWSTFVE']);
});

test('every wording in phrases.yaml reads its own example (where the actor layer finds the actors)', (t) => {
  const unseen: string[] = [];
  for (const phrase of relations.phrases) {
    const { entry } = phrase;
    const { text, doc } = read(entry.example, '2024-06-01');
    const codes = new Set(doc.mentions.map((mention) => mention.code?.slice(0, mention.kind === 'country' ? 3 : undefined)));
    for (const expected of entry.expect) {
      const [subject, predicate, object] = expected.split(' ');
      const named = codes.has(subject) && (/_count$/.test(predicate) || entry.fixedObject !== undefined || codes.has(object));
      if (!named) {
        unseen.push(`${entry.id}: the actor layer does not find the actors of "${entry.example}"`);
        continue;
      }
      const key = /_count$/.test(predicate) ? expected : relationKey({ subject, predicate, object });
      assert.ok(text.includes(key), `${entry.id}: expected ${expected} in "${entry.example}", got ${text.join('; ') || 'nothing'}`);
    }
  }
  for (const line of unseen) t.diagnostic(line);
});

test("every body's example states its expected relation (where the actor layer finds the actors)", (t) => {
  for (const body of relations.knowledge.bodies.values()) {
    const [subject, predicate, object] = body.expect.split(' ');
    const target = object === body.code ? (body.actorCode ?? body.code) : object;
    const { text, doc } = read(body.example, '2025-12-01');
    const codes = new Set(doc.mentions.map((mention) => mention.code?.slice(0, mention.kind === 'country' ? 3 : undefined)));
    if (!codes.has(subject) || !codes.has(target)) {
      t.diagnostic(`${body.code}: the actor layer does not find the actors of "${body.example}"`);
      continue;
    }
    const key = relationKey({ subject, predicate, object: target });
    assert.ok(text.includes(key), `${body.code}: expected ${key} in "${body.example}", got ${text.join('; ') || 'nothing'}`);
  }
});

test('the gold passages score at least 0.9 precision and recall', () => {
  const score = scoreGold(readGold(join(import.meta.dirname, 'gold.yaml')));
  assert.ok(score.truePositives / score.found >= 0.9, `precision ${score.truePositives}/${score.found}`);
  assert.ok(score.truePositives / score.expected >= 0.9, `recall ${score.truePositives}/${score.expected}`);
});

test('membersAt gives the codes of a collective actor on a date', () => {
  assert.equal(membersAt('IGOWSTNAT', '2023-03-31').length, 30);
  assert.ok(membersAt('IGOWSTNAT', '2024-03-07').includes('SWE'));
  assert.deepEqual(membersAt('IGOXXX', '2024-01-01'), []);
});

test('bad wordings are reported with the file and what is wrong', () => {
  assert.match(String(compilePattern('join OBJ')), /needs SUBJ or GROUP/);
  assert.match(String(compilePattern('SUBJ Join OBJ')), /not a pattern word/);
  const dir = mkdtempSync(join(tmpdir(), 'dyad-relations-'));
  const file = join(dir, 'phrases.yaml');
  writeFileSync(file, '- id: bad\n  predicate: member_of\n  pattern: "SUBJ join"\n  example: "Finland joined it."\n  expect: [FIN member_of IGOWSTNAT]\n- id: worse\n  predicate: friend_of\n  pattern: "SUBJ like OBJ"\n  example: "France likes Italy."\n  expect: [FRA friend_of ITA]\n');
  const { phrases, problems } = loadPhrases(file);
  assert.equal(phrases.length, 0);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /phrases\.yaml:\d+: predicate/);
  assert.match(problems[1], /phrase bad: a member_of pattern needs OBJ/);
});
