// One wink-nlp pass: sentences, tokens with character offsets, POS tags and lemmas. Whitespace tokens
// (line breaks) are dropped; offsets are rebuilt from each token's preceding spaces, so they index `text` exactly.
import { createRequire } from 'node:module';
import type { Sentence, Token } from '../doc.ts';
import { chunk } from './chunks.ts';

type WinkDoc = {
  tokens(): { out(f: unknown): string[] };
  sentences(): { out(f: unknown): Array<[number, number]> };
};
type Wink = { readDoc(text: string): WinkDoc; its: Record<string, unknown> };

const require = createRequire(import.meta.url);
let wink: Wink | null = null;

/** The shared wink-nlp instance (the model loads once, on first use). */
export function winkNlp(): Wink {
  if (!wink) {
    const winkNLP = require('wink-nlp') as (model: unknown) => Wink;
    wink = winkNLP(require('wink-eng-lite-web-model'));
  }
  return wink;
}

export type Analysis = { sentences: Sentence[]; tokens: Token[]; chunks: ReturnType<typeof chunk> };

export function analyse(text: string): Analysis {
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
  repairVerbTags(tokens);
  return { sentences, tokens, chunks: chunk(tokens) };
}

const VERB_RIGHT_CONTEXT = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'PRON']);

/**
 * Two tagging slips that hide a clause's verb: a present-tense verb read as a plural noun right after its
 * subject ("Vietnam plans to upgrade", "India seeks closer ties"), and a participle read as an adjective after
 * "has" ("Egypt has informed Sudan").
 */
function repairVerbTags(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i];
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (token.sentence !== before.sentence || token.sentence !== after.sentence) continue;
    const nounAfterSubject = token.pos === 'NOUN' && /[^s]s$/.test(token.lower) && (before.pos === 'PROPN' || before.pos === 'PRON') && (VERB_RIGHT_CONTEXT.has(after.pos) || after.lower === 'to');
    const participleAfterHave = token.pos === 'ADJ' && /ed$/.test(token.lower) && before.pos === 'AUX' && before.lemma === 'have';
    if (nounAfterSubject || participleAfterHave) token.pos = 'VERB';
  }
}
