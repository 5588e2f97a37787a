import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeDoc } from '../../src/pipeline.ts';
import { fixtureLexicon } from '../fixtures/lexicon.ts';

const mentionsOf = (text: string, date?: string) =>
  codeDoc(text, { lexicon: fixtureLexicon(), date }).mentions.map((m) => `${m.text}=${m.code ?? '-'}/${m.via}`);

test('countries by name and demonym, with a role noun after them', () => {
  const found = mentionsOf('Indian officials met Chinese troops near the Japanese border.');
  assert.deepEqual(found, ['Indian officials=INDGOV/agent', 'Chinese troops=CHNMIL/agent', 'Japanese=JPN/demonym']);
});

test('a seat of government acts as its government, but not after "in"', () => {
  const found = mentionsOf('Moscow accused Kyiv of shelling. Talks were held in Moscow.');
  assert.deepEqual(found.slice(0, 2), ['Moscow=RUSGOV/seat', 'Kyiv=UKRGOV/seat']);
  assert.equal(found.length, 2);
});

test('a role owned by the country after it: "the foreign minister of India"', () => {
  assert.deepEqual(mentionsOf('The foreign minister of India arrived.'), ['foreign minister of India=INDGOV/agent']);
});

test('people with a role in apposition, then surname and pronoun references', () => {
  const doc = codeDoc('Maria Quint, the Chilean foreign minister, met with Peru. Quint said she was hopeful.', { lexicon: fixtureLexicon() });
  assert.equal(doc.people.length, 1);
  assert.equal(doc.people[0].name, 'Maria Quint');
  assert.equal(doc.people[0].role, 'Chilean foreign minister');
  assert.equal(doc.people[0].actor, 'CHLGOV');
  const refs = doc.mentions.filter((m) => m.person === 0).map((m) => `${m.text}/${m.via}`);
  assert.deepEqual(refs, ['Maria Quint/person', 'Chilean foreign minister/appositive', 'Quint/surname', 'she/pronoun']);
});

test('a title before a name makes a person with that role', () => {
  const doc = codeDoc('Chilean Foreign Minister Maria Quint visited Peru.', { lexicon: fixtureLexicon() });
  assert.equal(doc.people[0]?.name, 'Maria Quint');
  assert.equal(doc.people[0]?.actor, 'CHLGOV');
});

test('known office holders: the article date picks the role', () => {
  const early = codeDoc('Ada Example met with Chile.', { lexicon: fixtureLexicon(), date: '2021-06-01' });
  const late = codeDoc('Ada Example met with Chile.', { lexicon: fixtureLexicon(), date: '2023-06-01' });
  assert.equal(early.people[0].actor, 'FRAGOV');
  assert.equal(late.people[0].actor, 'DEUGOV');
});

test('descriptions resolve only after their antecedent; "that country" to the last country', () => {
  assert.deepEqual(mentionsOf('The alliance met.'), []);
  const found = mentionsOf('NATO met with Japan. The alliance is open to that country.');
  assert.deepEqual(found, ['NATO=IGOWSTNAT/name', 'Japan=JPN/name', 'The alliance=IGOWSTNAT/description', 'that country=JPN/description']);
});

test('a subject pronoun after ", saying" or in a relative clause on an object is the sentence\'s subject', () => {
  assert.ok(mentionsOf('Chile lifted sanctions on Peru on Tuesday, saying it wanted to help.').includes('it=CHL/pronoun'));
  assert.ok(mentionsOf("Chile fined two of Peru's firms and a Bolivian bank it accused of fraud.").includes('it=CHL/pronoun'));
  // Elsewhere the nearest fitting actor, as before.
  assert.ok(mentionsOf('Chile struck Peru, which said it would respond.').includes('it=PER/pronoun'));
});

test('a sea named after a country is no actor', () => {
  assert.deepEqual(mentionsOf('Chile seized a tanker in the Gulf of Oman.'), ['Chile=CHL/name']);
  assert.deepEqual(mentionsOf('Oman seized a tanker.'), ['Oman=OMN/name']);
});

test('"the two leaders" and "both sides" name the two parties last named, not where they met', () => {
  const found = mentionsOf('Chile met Peru in Bolivia. The two leaders agreed to talk again, and both countries said so.');
  assert.deepEqual(found.slice(3), ['The two leaders=CHL/pair', 'The two leaders=PER/pair', 'both countries=CHL/pair', 'both countries=PER/pair']);
  // With one party named, there is no pair to point to.
  assert.deepEqual(mentionsOf('Chile spoke. The two leaders agreed.'), ['Chile=CHL/name']);
});

test('"the State of Palestine" is a name, not "the state" described', () => {
  assert.deepEqual(mentionsOf('Portugal recognised the State of Palestine.'), ['Portugal=PRT/name', 'State of Palestine=PSE/name']);
});

test('a demonym joined to another\'s role noun shares the role', () => {
  assert.deepEqual(mentionsOf('Chilean and Peruvian troops held drills.'), ['Chilean=CHLMIL/agent', 'Peruvian troops=PERMIL/agent']);
});
