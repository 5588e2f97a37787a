// Sentences that are not political events (sport results, entertainment…), from dictionaries/discards.yaml.
import type { Doc, Token } from '../doc.ts';
import type { Lexicon } from '../lexicon/index.ts';

export function discardReason(doc: Doc, lexicon: Lexicon, sentenceIndex: number): string | null {
  if (lexicon.discards.size === 0) return null;
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

function phraseAt(tokens: Token[], t: number, limit: number, phrase: string[]): boolean {
  for (let k = 1; k < phrase.length; k++) {
    const token = tokens[t + k];
    if (t + k > limit || (token.lower !== phrase[k] && token.lemma !== phrase[k])) return false;
  }
  return true;
}
