// One wink-nlp pass: sentences, tokens with character offsets, POS tags and lemmas. Whitespace tokens
// (line breaks) are dropped; offsets are rebuilt from each token's preceding spaces, so they index `text` exactly.
import { createRequire } from 'node:module';
import type { Sentence, Token } from '../doc.ts';
import { chunk } from './chunks.ts';
import { SAME_PAST, isPastForm, isPossessiveMark, verbBases } from './words.ts';

type WinkDoc = {
  tokens(): { out(f: unknown): string[] };
  sentences(): { out(f: unknown): Array<[number, number]> };
};
type Wink = { readDoc(text: string): WinkDoc; its: Record<string, unknown> };

const require = createRequire(import.meta.url);
let wink: Wink | null = null;

/**
 * The shared wink-nlp instance (the model loads once, on first use). Only sentence boundaries and tags are asked
 * for: dyad reads no entities, negation flags or sentiment of wink's, and those steps do not touch tokens, tags or
 * lemmas, so leaving them out of the pipe changes nothing but the time (a pass takes about half as long).
 */
export function winkNlp(): Wink {
  if (!wink) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
    wink = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  }
  return wink;
}

export type Analysis = { sentences: Sentence[]; tokens: Token[]; chunks: ReturnType<typeof chunk> };

/** The verbs a dictionary has patterns for, by base form: lets the repairs below tell a missed verb. */
export type KnownVerbs = { has(lemma: string): boolean };

export function analyse(text: string, options: { verbs?: KnownVerbs } = {}): Analysis {
  if (text.trim() === '') return { sentences: [], tokens: [], chunks: [] };
  const nlp = winkNlp();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const all = wdoc.tokens();
  const values = all.out(its.value);
  const spaces = all.out(its.precedingSpaces);
  const tags = all.out(its.pos);
  const lemmas = all.out(its.lemma);
  const keptIndex = new Int32Array(values.length);
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const value = values[i];
    keptIndex[i] = tokens.length;
    if (tags[i] !== 'SPACE') {
      tokens.push({
        start: offset,
        end: offset + value.length,
        text: value,
        lower: value.toLowerCase(),
        lemma: lemmas[i],
        pos: tags[i],
        sentence: -1,
      });
    }
    offset += value.length;
  }
  const sentences: Sentence[] = [];
  for (const [first, last] of wdoc.sentences().out(its.span)) {
    const firstToken = keptIndex[first];
    let lastToken = keptIndex[last];
    if (lastToken >= tokens.length || tags[last] === 'SPACE') lastToken -= 1;
    if (firstToken >= tokens.length || lastToken < firstToken) continue;
    const index = sentences.length;
    for (let t = firstToken; t <= lastToken; t++) tokens[t].sentence = index;
    sentences.push({ start: tokens[firstToken].start, end: tokens[lastToken].end, firstToken, lastToken });
  }
  repairVerbTags(tokens, options.verbs);
  if (options.verbs) repairKnownVerbs(tokens, options.verbs);
  repairNominalVerbs(tokens);
  return { sentences, tokens, chunks: chunk(tokens) };
}

const VERB_RIGHT_CONTEXT = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'PRON']);

/**
 * Two tagging slips that hide a clause's verb: a present-tense verb read as a plural noun right after its
 * subject ("Vietnam plans to upgrade", "India seeks closer ties"), and a participle read as an adjective after
 * "has" ("Egypt has informed Sudan").
 */
function repairVerbTags(tokens: Token[], verbs?: KnownVerbs): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i];
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (token.sentence !== before.sentence || token.sentence !== after.sentence) continue;
    const nounAfterSubject = token.pos === 'NOUN' && /[^s]s$/.test(token.lower) && (before.pos === 'PROPN' || before.pos === 'PRON' || (before.pos === 'NOUN' && i > 1 && POSSESSIVES.has(tokens[i - 2].lower))) && (VERB_RIGHT_CONTEXT.has(after.pos) || after.lower === 'to');
    const participleAfterHave = token.pos === 'ADJ' && /ed$/.test(token.lower) && before.pos === 'AUX' && before.lemma === 'have';
    // "Bolivian miners barricaded": a plural noun before a past tense is the subject, not the verb.
    if (participleAfterHave) token.pos = 'VERB';
    else if (nounAfterSubject && !isPastForm(after.lower)) {
      const knownVerb = !verbs || verbs.has(token.lower.replace(/e?s$/, '')) || verbs.has(token.lower.replace(/s$/, '')) || verbs.has(token.lemma);
      if (knownVerb) token.pos = 'VERB';
    }
  }
}

const PAST_RIGHT_CONTEXT = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'PRON', 'ADP', 'NOUN', 'ADV']);
/** Participles that stand before a noun far more often than they act: "allied militias", "armed men"… */
const NEVER_ACTING = new Set(['allied', 'armed', 'unidentified', 'suspected', 'alleged', 'masked', 'embattled', 'self-styled', 'self-declared', 'unnamed']);
/** …and those that may also be a second act after "and" ("arrested and jailed opposition leaders"). */
const ADJECTIVAL_PARTICIPLES = new Set([...NEVER_ACTING, 'displaced', 'exiled', 'ousted', 'deposed', 'jailed', 'besieged', 'disputed', 'wanted']);

/** Words the tagger reads as verbs that open the name of a weapon or round ("tear gas", "guided missiles"). */
const WEAPON_NAMES = new Map([
  ['tear', new Set(['gas'])],
  ['live', new Set(['rounds', 'round', 'ammunition', 'bullets', 'fire'])],
  ['guided', new Set(['missile', 'missiles', 'bomb', 'bombs', 'munition', 'munitions', 'rocket', 'rockets', 'weapons'])],
]);

/** What an "-ing" verb's object may open with: ", wounding 15 people", ", killing the driver". */
const GERUND_RIGHT_CONTEXT = new Set(['NUM', 'DET', 'NOUN', 'ADJ', 'PROPN', 'PRON']);

const NAME_ARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'ibn', 'bin', 'abu']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", '’s']);
const ARTICLES = new Set(['a', 'an', 'the', ...POSSESSIVES]);
/**
 * Verbs whose object may be the subject of a clause or bare infinitive after them ("said the people vote in May",
 * "saw the army fire on them"), so that a base form after it may still be a verb.
 */
const CLAUSE_VERBS = new Set(['say', 'tell', 'think', 'believe', 'warn', 'claim', 'report', 'announce', 'know', 'hope', 'expect', 'fear', 'insist', 'argue', 'add', 'note', 'suggest', 'show', 'confirm', 'deny', 'predict', 'decide', 'feel', 'find', 'see', 'watch', 'hear', 'make', 'let', 'help', 'have', 'demand', 'ask', 'urge', 'propose', 'recommend']);
/** Words the tagger calls prepositions that may be a verb's particle ("rule out", "step up"). */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'away', 'back', 'over', 'around']);

/**
 * With the dictionary's verbs at hand: a past tense read as a noun or adjective right after its subject
 * ("Rwanda forgave France", "guards tortured the detainees", "Turkey shot down"), an "-ing" verb after a comma
 * read as a noun (", wounding 15 people"), and a verb whose lemma the
 * tagger cut wrong ("staged" → "stag", "fined" → "fin", "honoured" → "honored") gets the base form the
 * dictionary knows.
 */
function repairKnownVerbs(tokens: Token[], verbs: KnownVerbs): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.pos === 'VERB') {
      if (!verbs.has(token.lemma)) token.lemma = verbBases(token.lower).find((base) => verbs.has(base)) ?? token.lemma;
      continue;
    }
    if ((token.pos !== 'NOUN' && token.pos !== 'ADJ') || i === 0 || i + 1 >= tokens.length) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // ", wounding 15 people": an "-ing" word after a comma, before its object, goes on from the clause before.
    if (token.lower.endsWith('ing') && before.text === ',' && after.sentence === token.sentence && GERUND_RIGHT_CONTEXT.has(after.pos)) {
      becomeKnownVerb(token, verbs, (base) => base !== token.lower);
      continue;
    }
    if (!(isPastForm(token.lower) || (SAME_PAST.has(token.lower) && verbs.has(token.lower)))) continue;
    if (before.sentence !== token.sentence || after.sentence !== token.sentence) continue;
    if (hyphenedVerb(tokens, i)) {
      becomeKnownVerb(token, verbs);
      continue;
    }
    // "Italy's premier telephoned": the tagger reads some office nouns after a possessive as adjectives.
    const ownedAdjective = before.pos === 'ADJ' && i > 1 && POSSESSIVES.has(tokens[i - 2].lower);
    const afterSubject = ownedAdjective || ((before.pos === 'PROPN' || before.pos === 'NOUN' || (before.pos === 'PRON' && !POSSESSIVES.has(before.lower))));
    if (!afterSubject || !(PAST_RIGHT_CONTEXT.has(after.pos) || after.lower === 'that')) continue;
    const base = verbBases(token.lower).find((b) => verbs.has(b));
    if (base) {
      token.pos = 'VERB';
      token.lemma = base;
    }
  }
}

/**
 * Verb forms inside a noun group are not verbs: "the seized tanker", "a targeted killing", "its stated aim",
 * "the calls for talks", and the first of two nouns before a verb ("North Korea's missile launch angered").
 */
function repairNominalVerbs(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // "Abdulhadi al-Khawaja", "Omar al-Bashir": the article of an Arabic name is part of the name.
    if (NAME_ARTICLES.has(token.lower) && tokens[i + 1]?.text === '-' && tokens[i + 2]?.pos === 'PROPN' && tokens[i + 1].start === token.end) token.pos = 'PROPN';
    if (token.pos !== 'VERB') continue;
    // "Jailed Bahraini activist…": a sentence-initial participle before a noun group.
    const opening = i === 0 || tokens[i - 1].sentence !== token.sentence;
    if (opening && ADJECTIVAL_PARTICIPLES.has(token.lower) && tokens[i + 1]?.sentence === token.sentence && /^(NOUN|PROPN|ADJ)$/.test(tokens[i + 1].pos)) token.pos = 'ADJ';
    if (i === 0 || token.pos !== 'VERB') continue;
    const after = tokens[i + 1];
    const nextNominal = after !== undefined && after.sentence === token.sentence && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ' || (after.pos === 'VERB' && opensNounGroup(tokens, i + 1)));
    if (opensNounGroup(tokens, i)) {
      // Right after the article, any verb form ("the seized tanker"); after an adjective only an "-ing" noun
      // ("a targeted killing in"), since the adjective may be a noun the tagger misread ("The general told").
      const direct = ARTICLES.has(tokens[i - 1].lower) || ownedByPronoun(tokens, i);
      if (direct || (token.lower.endsWith('ing') && !nextNominal)) token.pos = nextNominal ? 'ADJ' : 'NOUN';
      continue;
    }
    // "fired tear gas and live rounds", "precision guided missiles": a word of a weapon's name, not a verb.
    if (after !== undefined && WEAPON_NAMES.get(token.lower)?.has(after.lower)) {
      token.pos = 'ADJ';
      continue;
    }
    const before = tokens[i - 1];
    // "the army and allied militias", "supporters of jailed former prime minister Imran Khan": participles that
    // before a noun are adjectives, whatever the tagger made of them, where no subject stands before them.
    const acts = before.pos === 'CCONJ' && !NEVER_ACTING.has(token.lower);
    if (ADJECTIVAL_PARTICIPLES.has(token.lower) && nextNominal && !acts && (before.sentence !== token.sentence || !(before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON'))) {
      token.pos = 'ADJ';
      continue;
    }
    // "Iran-backed militias", "US-led forces": a participle joined to a name by a hyphen.
    if (before.text === '-' && before.end === token.start && i > 1 && tokens[i - 2].end === before.start && !hyphenedVerb(tokens, i)) {
      token.pos = 'ADJ';
      continue;
    }
    const compound = before.pos === 'NOUN' && before.sentence === token.sentence && !/(ed|ing)$/.test(token.lower) && after?.pos === 'VERB' && after.sentence === token.sentence && isPastForm(after.lower);
    // "the test launch of a missile": a second noun after an article's noun, before "of". "hit an apartment block
    // in Odesa", "on a tower block.": after a verb or preposition the article's singular noun is an object, and a
    // base form after it agrees with no subject, so before a preposition (not a particle) or the end it is a noun.
    const articleNoun = before.pos === 'NOUN' && tokens[i - 2]?.pos === 'DET' && !/(ed|ing)$/.test(token.lower);
    const ofNoun = articleNoun && after?.lower === 'of';
    const governor = tokens[i - 3];
    const objectGroup =
      governor !== undefined && governor.sentence === token.sentence && (governor.pos === 'ADP' || (governor.pos === 'VERB' && !CLAUSE_VERBS.has(governor.lemma)));
    const baseAfterSingular = articleNoun && objectGroup && token.lemma === token.lower && before.lemma === before.lower;
    const endsPhrase = after === undefined || after.sentence !== token.sentence || (after.pos === 'ADP' && !PARTICLES.has(after.lower)) || /^[,.;:]$/.test(after.text);
    if (compound || ofNoun || (baseAfterSingular && endsPhrase)) token.pos = 'NOUN';
  }
}

/** Makes the token the verb whose base form the dictionary knows (and `allowed` accepts), if there is one. */
function becomeKnownVerb(token: Token, verbs: KnownVerbs, allowed: (base: string) => boolean = () => true): void {
  const base = verbBases(token.lower).find((b) => allowed(b) && verbs.has(b));
  if (!base) return;
  token.pos = 'VERB';
  token.lemma = base;
}

/**
 * "test-fired a missile", "co-hosted the summit": a past form hyphened to a lower-case word, before its object,
 * is a verb ("Iran-backed militias" is not: a name before the hyphen, and no object after).
 */
function hyphenedVerb(tokens: Token[], i: number): boolean {
  const [stem, hyphen, token, after] = [tokens[i - 2], tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!stem || !after || hyphen.text !== '-' || stem.end !== hyphen.start || hyphen.end !== token.start || after.sentence !== token.sentence) return false;
  return /^[a-z]+$/.test(stem.text) && isPastForm(token.lower) && (after.pos === 'DET' || after.pos === 'NUM');
}

/** Whether the token follows an article or possessive, adjectives between ("the newly seized"). */
function opensNounGroup(tokens: Token[], index: number): boolean {
  const sentence = tokens[index].sentence;
  for (let t = index - 1; t >= 0 && tokens[t].sentence === sentence; t--) {
    const token = tokens[t];
    if (ARTICLES.has(token.lower) && (token.pos === 'DET' || token.pos === 'PRON' || token.pos === 'PART')) {
      // "China's premier made": after a possessive only adverbs stand between ("Iran's recently seized ship");
      // a possessive pronoun owns the whole group ("its Western allies").
      if (token.pos === 'PRON' && !isPossessiveMark(token)) return true;
      return POSSESSIVES.has(token.lower) ? tokens.slice(t + 1, index).every((b) => b.pos === 'ADV') : true;
    }
    // "its Western allies": a name may stand as an adjective after a possessive pronoun.
    const namedAdjective = token.pos === 'PROPN' && t > 0 && ownedByPronoun(tokens, t);
    if (token.pos !== 'ADJ' && token.pos !== 'ADV' && !namedAdjective && !(token.pos === 'VERB' && t < index)) return false;
  }
  return false;
}

/** Whether a possessive pronoun ("its", "their") opens the group the token stands in, names and adjectives between. */
function ownedByPronoun(tokens: Token[], index: number): boolean {
  for (let t = index - 1; t >= 0 && tokens[t].sentence === tokens[index].sentence; t--) {
    if (tokens[t].pos === 'PRON') return POSSESSIVES.has(tokens[t].lower) && !isPossessiveMark(tokens[t]);
    if (tokens[t].pos !== 'ADJ' && tokens[t].pos !== 'PROPN') return false;
  }
  return false;
}
