// Actors as dyad's own dictionaries find them: countries with roles, bodies and their descriptions, seats of
// government, office holders on the article's date, and what later mentions point to. Texts written for these tests.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.ts';
import { codeDoc } from '../../src/pipeline.ts';

let cached: Lexicon | null = null;
const lexicon = (): Lexicon => {
  cached ??= loadLexicon();
  return cached;
};
const doc = (text: string, date = '2024-06-01', lex = lexicon()) => codeDoc(text, { lexicon: lex, date });
const coded = (text: string, date?: string): string[] => doc(text, date).mentions.map((m) => `${m.text}=${m.code ?? '-'}`);

test('a body, its descriptions, a country with a role, and a person in apposition', () => {
  const text =
    'Karin Holm, the Swedish Permanent Representative to NATO, said the alliance wants closer ties with Vietnam. ' +
    'Holm said Vietnamese officials had met the grouping twice. She said that country had shown interest. ' +
    'Moscow has condemned the mega alliance. The ministers met in Brussels.';
  const d = doc(text);
  const found = d.mentions.map((m) => `${m.text}=${m.code}/${m.via}`);
  for (const expected of [
    'NATO=IGOWSTNAT/name', 'the alliance=IGOWSTNAT/description', 'Vietnam=VNM/name', 'Vietnamese officials=VNMGOV/agent',
    'the grouping=IGOWSTNAT/description', 'that country=VNM/description', 'Moscow=RUSGOV/seat', 'the mega alliance=IGOWSTNAT/description',
  ]) assert.ok(found.includes(expected), `${expected} not in ${found.join(', ')}`);
  assert.ok(!found.some((m) => m.startsWith('Brussels')), 'a capital after "in" is a place');
  assert.equal(d.people.length, 1);
  assert.equal(d.people[0].actor, 'SWEGOV');
  assert.deepEqual(d.people[0].mentions.map((m) => m.text), ['Karin Holm', 'Swedish Permanent Representative', 'Holm', 'She']);
});

test('country plus role noun, on either side', () => {
  assert.deepEqual(coded('Russian troops fired on Pakistani police.'), ['Russian troops=RUSMIL', 'Pakistani police=PAKCOP']);
  assert.deepEqual(coded('The Chinese foreign ministry summoned the ambassador of Japan.'), ['Chinese foreign ministry=CHNGOV', 'ambassador of Japan=JPNGOV']);
  assert.deepEqual(coded('Dominican police arrested Congolese traders.'), ['Dominican police=DOMCOP', 'Congolese traders=CODBUS']);
  assert.deepEqual(coded('The former Brazilian president denied the charges.'), ['former Brazilian president=BRAELI']);
  assert.deepEqual(coded('Israelis and Palestinians marched.'), ['Israelis=ISR', 'Palestinians=PSE']);
  assert.deepEqual(coded('Rebels in Ivory Coast rejected the plan.'), ['Rebels in Ivory Coast=CIVREB']);
  assert.deepEqual(coded('The embassy in Kabul closed.'), []);
  assert.deepEqual(coded('Germany stationed troops in Lithuania.'), ['Germany=DEU', 'Lithuania=LTU']);
  assert.deepEqual(coded('Jordan set up a field hospital in Gaza.'), ['Jordan=JOR', 'Gaza=PSE']);
});

test('a shared description goes to the body named last; unnamed, its words may start a name', () => {
  const found = coded('The European Union met ASEAN. ASEAN leaders spoke first. The bloc asked for more trade.');
  assert.equal(found[found.length - 1], 'The bloc=IGOSEAASN');
  assert.deepEqual(coded('The Alliance of Sahel States left ECOWAS.'), ['Alliance of Sahel States=IGOWAFAES', 'ECOWAS=IGOWAFWAS']);
  assert.deepEqual(coded('The bloc met.'), []);
});

test('"the group" means the last body or group named', () => {
  const found = coded('Hezbollah fired rockets at Israel. The group said it was retaliating.');
  assert.ok(found.includes('The group=LBNREBHZB'), found.join(', '));
});

test('seats of government act only as governments', () => {
  assert.deepEqual(coded('Beijing warned Washington.'), ['Beijing=CHNGOV', 'Washington=USAGOV']);
  assert.deepEqual(coded('The Washington Post reported the talks in Beijing.'), ['Washington=USA']);
  assert.deepEqual(coded('Lewis Hamilton won the race.').filter((m) => m.endsWith('GOV')), []);
  assert.deepEqual(coded('Australia boycotted the Beijing Olympics.'), ['Australia=AUS', 'Beijing=CHN']);
  // Library names that are ordinary words or personal names are left out ("Island" for Iceland).
  assert.deepEqual(coded('Island nations met. Victoria thanked Hamilton.'), []);
});

test('office holders: the date picks the role, out of office they are elites, a title joins the name', () => {
  const during = doc('US Secretary of State Antony Blinken visited India.', '2023-05-01');
  assert.equal(during.people[0].actor, 'USAGOV');
  assert.equal(during.people[0].role, 'Secretary of State of the United States');
  assert.equal(during.mentions[0].text, 'US Secretary of State Antony Blinken');
  const after = doc('Antony Blinken visited India.', '2026-03-01');
  assert.equal(after.people[0].actor, 'USAELI');
  assert.equal(after.people[0].role, 'former Secretary of State of the United States');
  assert.equal(doc('Jens Stoltenberg met Kishida.', '2019-01-10').people[0].actor, 'IGOWSTNAT');
  // Letters the tokeniser splits words at ("ğ") do not hide a name.
  assert.equal(doc('Mevlüt Çavuşoğlu met Lavrov.', '2020-01-10').people[0]?.name, 'Mevlüt Çavuşoğlu');
});

test('Chinese and Korean family names come first', () => {
  const d = doc('Chinese Foreign Minister Wang Yi met Park Jin. Wang said the talks went well.', '2023-03-01');
  assert.equal(d.mentions.find((m) => m.text === 'Wang')?.person, 0);
});

test('names with particles, and "the minister" for the last minister named', () => {
  const d = doc('Dutch Foreign Minister Hans van den Broek arrived. The minister said talks would continue.');
  assert.equal(d.people[0]?.name, 'Hans van den Broek');
  assert.equal(d.people[0]?.actor, 'NLDGOV');
  const minister = d.mentions.find((m) => m.text === 'The minister');
  assert.equal(minister?.person, 0);
});

test('an object pronoun does not mean the subject of its own verb', () => {
  const d = doc('The summit will take place in Oslo. NATO invited Japan and Chile to attend it.');
  assert.equal(d.mentions.find((m) => m.text === 'it')?.code, 'IGOWSTNAT');
});

test('--dict actor files add and override entries; a bad one is reported by file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-'));
  const good = join(dir, 'gondor.yaml');
  writeFileSync(good, [
    '- code: GON', '  name: Gondor', '  kind: country', '  demonyms: [Gondorian]', '  example: "Gondorian troops crossed the river."',
    '- code: IGOEUREEC', '  name: European Union', '  kind: igo', '  seats: [Brussels]', '  example: "Brussels fined the company."',
  ].join('\n'));
  const withUser = loadLexicon({ dicts: [good] });
  assert.deepEqual(doc('Gondorian troops crossed the river. Brussels fined the company.', undefined, withUser).mentions.map((m) => `${m.text}=${m.code}`),
    ['Gondorian troops=GONMIL', 'Brussels=IGOEUREECGOV']);
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, '- code: GON\n  name: Gondor\n  kind: kingdom\n  example: "Gondor rode out."\n');
  const problems = loadLexicon({ dicts: [bad] }).problems;
  assert.ok(problems.some((p) => p.startsWith(`${bad}:3:`) && p.includes('kind')), problems.join('\n'));
});

test('an office holder named with a bare title takes the one country the sentence places things in or describes', () => {
  const code = (text: string): string | null => doc(text).people.find((p) => p.name === 'Tomas Varga')?.actor ?? null;
  assert.equal(code('President Tomas Varga lifted the night curfew in Sudan on Friday.'), 'SDNGOV');
  assert.equal(code('President Tomas Varga barred Ugandan opposition parties from the vote.'), 'UGAGOV');
  assert.equal(code('Vice-President Tomas Varga ignored calls from the Kenya Electoral Commission to step down.'), 'KENGOV');
  // A country the sentence goes to, or acts against, is not the office holder's own.
  assert.equal(code('President Tomas Varga arrived in Kenya on Friday.'), null);
  assert.equal(code('President Tomas Varga warned of reprisals against Russia.'), null);
  assert.equal(code('President Tomas Varga met officials from Peru in Chile.'), null);
});

test('"we" in a quote is the speaker\'s side: their organisation when they represent their country at it and speak of it', () => {
  const coded = (text: string): string[] =>
    doc(text).events.map((e) => `${e.source}>${e.target ?? '-'}:${e.cameo}${e.negated ? ':neg' : ''}${e.mode ? `:${e.mode}` : ''}`);
  const atNato = 'Karin Holm, the Swedish Permanent Representative to NATO, said, "NATO\'s door is open. But we would not want to invite Vietnam to a NATO summit at this stage."';
  assert.deepEqual(coded(atNato).filter((e) => !e.includes(':01')), ['IGOWSTNAT>VNM:036:neg:hypothetical']);
  const minister = 'Karin Holm, the Swedish foreign minister, said, "We will invite Vietnam to Stockholm next year."';
  assert.deepEqual(coded(minister).filter((e) => !e.includes(':01')), ['SWEGOV>VNM:036:future']);
});

test('a word of a name the dictionaries know is no verb, whatever its tag', () => {
  const events = doc('The Red Cross operating in Iraq said British forces must protect civilians.').events.map((e) => `${e.source}>${e.target}:${e.cameo}`);
  assert.deepEqual(events, ['NGOHLHIRC>GBRMIL:1034']);
});

test('a role owned by the city after it stands for the city\'s country', () => {
  assert.ok(coded('A court in Novosibirsk jailed the blogger.').includes('court in Novosibirsk=RUSJUD'));
});

test('a title and name followed by "of" and a country are of that country', () => {
  const people = doc('President Alar Karis of Estonia received King Harald of Norway in Tallinn.').people;
  assert.deepEqual(people.map((p) => `${p.name}=${p.actor}`), ['Alar Karis=ESTGOV', 'Harald=NORGOV']);
});

test('an unknown name described as part of a known group acts as that group', () => {
  assert.ok(coded('Katiba Macina, a faction of JNIM, attacked a village in Mopti.').includes('Katiba Macina=MLIREBJNM'));
  assert.ok(coded('Liwa Fatemiyoun, an affiliate of the Islamic Revolutionary Guard Corps, fought in Aleppo.').some((m) => m.startsWith('Liwa Fatemiyoun=IRNMIL')));
  assert.ok(!coded('Somalia, a member of the African Union, signed the deal.').some((m) => m.startsWith('Somalia=IGO')));
});

test('"X-led" forces are X\'s; "precision guided missiles" are no verb', () => {
  assert.ok(coded('Saudi-led troops entered Aden.').includes('Saudi-led troops=SAUMIL'));
  const doc = codeDoc('French aircraft using precision guided missiles struck a depot in Mali.', { lexicon: lexicon(), date: '2024-06-01' });
  assert.deepEqual(doc.events.map((e) => `${e.source}>${e.target}`), ['FRAMIL>MLI']);
});
