// Sentences that are not political events (sport results, entertainment…), from dictionaries/discards.yaml.
import type { Doc, Token } from '../doc.ts';
import type { Lexicon } from '../lexicon/index.ts';

export function discardReason(doc: Doc, lexicon: Lexicon, sentenceIndex: number): string | null {
  if (lexicon.discards.size === 0) return null;
  const story = storyDiscard(doc, lexicon);
  if (story !== null) return story;
  const sentence = doc.sentences[sentenceIndex];
  const { tokens } = doc;
  for (let t = sentence.firstToken; t <= sentence.lastToken; t++) {
    const candidates = lexicon.discards.get(tokens[t].lower) ?? lexicon.discards.get(tokens[t].lemma);
    if (!candidates) continue;
    for (const { id, reason, phrase } of candidates) {
      if (phraseAt(tokens, t, sentence.lastToken, phrase)) return `${id}: ${reason}`;
    }
  }
  return null;
}

const stories = new WeakMap<Doc, string | null>();

/** A story-level discard (TABARI `+PHRASE`, e.g. a sports league) anywhere in the article discards all of it. */
function storyDiscard(doc: Doc, lexicon: Lexicon): string | null {
  const known = stories.get(doc);
  if (known !== undefined) return known;
  let reason: string | null = null;
  const { tokens } = doc;
  for (let t = 0; t < tokens.length && reason === null; t++) {
    const candidates = lexicon.discards.get(tokens[t].lower) ?? lexicon.discards.get(tokens[t].lemma);
    const limit = doc.sentences[tokens[t].sentence]?.lastToken ?? tokens.length - 1;
    for (const { id, reason: why, phrase, story } of candidates ?? []) {
      if (story && phraseAt(tokens, t, limit, phrase)) reason = `${id}: ${why}`;
    }
  }
  stories.set(doc, reason);
  return reason;
}

function phraseAt(tokens: Token[], t: number, limit: number, phrase: string[]): boolean {
  for (let k = 1; k < phrase.length; k++) {
    const token = tokens[t + k];
    if (t + k > limit || (token.lower !== phrase[k] && token.lemma !== phrase[k])) return false;
  }
  return true;
}
