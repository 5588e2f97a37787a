// The actors a sentence names (pronouns and possessives left out), indexed once per document so that clause
// reading asks about a token's mention without scanning every mention of a long article.
import type { ActorMention, Doc } from '../doc.ts';

const bySentence = new WeakMap<Doc, ActorMention[][]>();

export function namedIn(doc: Doc, sentence: number): ActorMention[] {
  let index = bySentence.get(doc);
  if (!index) {
    const lists: ActorMention[][] = doc.sentences.map(() => []);
    for (const m of doc.mentions) {
      if (m.via === 'pronoun' || m.via === 'possessive') continue;
      lists[doc.tokens[m.firstToken]?.sentence ?? -1]?.push(m);
    }
    index = lists;
    bySentence.set(doc, index);
  }
  return index[sentence] ?? [];
}

/** The coded actor named at token `t`, or right after a determiner there ("blamed on the RSF"). */
export function namedAt(doc: Doc, t: number): ActorMention | undefined {
  const token = doc.tokens[t];
  if (!token) return undefined;
  const first = token.pos === 'DET' ? t + 1 : t;
  return namedIn(doc, token.sentence).find((m) => m.firstToken === first && m.code !== null);
}
