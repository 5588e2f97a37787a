import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../src/nlp/index.ts';

const text = "Moscow has blamed the war on NATO.\n\nShe would not want to, at this stage, invite them. NATO's door is open.";

test('token offsets index the text exactly and line breaks are not tokens', () => {
  const { tokens } = analyse(text);
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  assert.ok(tokens.every((t) => t.text.trim() !== ''));
});

test('sentences split at stops and paragraph breaks, and tokens know their sentence', () => {
  const { sentences, tokens } = analyse(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ['Moscow has blamed the war on NATO.', 'She would not want to, at this stage, invite them.', "NATO's door is open."]);
  assert.equal(tokens[sentences[1].firstToken].text, 'She');
  assert.equal(tokens[sentences[1].firstToken].sentence, 1);
});

test('chunks: noun groups with possessives, verb groups with auxiliaries and negation', () => {
  const { chunks, tokens } = analyse(text);
  const shown = chunks.map((c) => `${c.kind}:${text.slice(tokens[c.first].start, tokens[c.last].end)}`);
  assert.ok(shown.includes('VP:has blamed'));
  assert.ok(shown.includes('VP:would not want'));
  assert.ok(shown.includes("NP:NATO's door"));
  assert.ok(shown.includes('NP:the war'));
});

const known = { has: (lemma: string) => ['forgive', 'stage', 'fine', 'torture', 'barricade', 'shoot', 'reset', 'plan', 'honour'].includes(lemma) };
const tagged = (sentence: string): string[] => {
  const { tokens } = analyse(sentence, { verbs: known });
  return tokens.map((t) => `${t.lower}/${t.pos}/${t.lemma}`);
};

test('with the dictionary\'s verbs: past tenses read as nouns or adjectives after their subject are verbs', () => {
  assert.ok(tagged('Rwanda forgave France.').includes('forgave/VERB/forgive'));
  assert.ok(tagged('Syrian guards tortured the detainees.').includes('tortured/VERB/torture'));
  assert.ok(tagged("Myanmar's troops shot protesters.").includes('shot/VERB/shoot'));
  assert.ok(tagged('Britain reset relations with Iran.').includes('reset/VERB/reset'));
});

test('with the dictionary\'s verbs: lemmas the tagger cut wrong get the base the dictionary knows', () => {
  assert.ok(tagged('Iran staged war games.').includes('staged/VERB/stage'));
  assert.ok(tagged('The EU fined Poland.').includes('fined/VERB/fine'));
});

test('a plural noun before a past tense stays the subject; a present verb after a possessive noun is a verb', () => {
  const miners = tagged('Bolivian miners barricaded the highways.');
  assert.ok(miners.includes('miners/NOUN/miner'));
  assert.ok(miners.includes('barricaded/VERB/barricade'));
  assert.ok(tagged("Brazil's president plans to visit China.").includes('plans/VERB/plan'));
});

test('verb forms inside noun groups are not verbs', () => {
  const seized = analyse('The navy seized the tanker and the seized tanker sailed.').tokens.filter((t) => t.lower === 'seized');
  assert.deepEqual(seized.map((t) => t.pos), ['VERB', 'ADJ']);
  assert.equal(analyse('Iran-backed militias attacked the base.').tokens.find((t) => t.lower === 'backed')?.pos, 'ADJ');
  assert.equal(analyse("North Korea's missile launch angered Japan.").tokens.find((t) => t.lower === 'launch')?.pos, 'NOUN');
  assert.equal(analyse('Kim oversaw the test launch of a new missile.').tokens.find((t) => t.lower === 'launch')?.pos, 'NOUN');
  // A base form after an article's singular noun agrees with no subject: before a preposition it is a noun.
  assert.equal(analyse('A missile hit an apartment block near Odesa.').tokens.find((t) => t.lower === 'block')?.pos, 'NOUN');
  assert.equal(analyse('The troops block access to the border.').tokens.find((t) => t.lower === 'block')?.pos, 'VERB');
  assert.equal(analyse('The rebels made the convoy stop at the checkpoint.').tokens.find((t) => t.lower === 'stop')?.pos, 'VERB');
  // A past form hyphened to a lower-case word, before its object, is the verb; after a name it qualifies a noun.
  const verbs = new Set(['fire', 'back']);
  assert.equal(analyse('Pyongyang test-fired a missile.', { verbs }).tokens.find((t) => t.lower === 'fired')?.pos, 'VERB');
  assert.equal(analyse('Iran-backed militias attacked the base.', { verbs }).tokens.find((t) => t.lower === 'backed')?.pos, 'ADJ');
  // A possessive pronoun owns the noun group, names between: "its Western allies" holds no verb.
  assert.equal(analyse('Kyiv appealed to its Western allies to send more air defences.').tokens.find((t) => t.lower === 'allies')?.pos, 'NOUN');
});

test('participles that mostly modify are adjectives before a noun, unless a subject or "and" makes them an act', () => {
  const pos = (sentence: string, word: string) => analyse(sentence).tokens.find((t) => t.lower === word)?.pos;
  assert.equal(pos('The army and allied militias shelled the town.', 'allied'), 'ADJ');
  assert.equal(pos('Police detained supporters of jailed former president Ali Bongo.', 'jailed'), 'ADJ');
  assert.equal(pos('The court jailed opposition leaders.', 'jailed'), 'VERB');
  // At the sentence's start too, and the article of an Arabic name belongs to the name.
  assert.equal(pos('Jailed Bahraini activist Abdulhadi al-Khawaja has gone on hunger strike.', 'jailed'), 'ADJ');
  assert.equal(pos('Jailed Bahraini activist Abdulhadi al-Khawaja has gone on hunger strike.', 'al'), 'PROPN');
});
