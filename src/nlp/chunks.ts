// Noun and verb groups from POS tags, within sentences. A noun group is determiners, numbers, adjectives and
// nouns ending in a noun (possessive 's joins two); a verb group is auxiliaries, negation, adverbs and verbs.
import type { Chunk, Doc, Token } from '../doc.ts';

const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PRON']);
const VERBISH = new Set(['AUX', 'VERB', 'PART', 'ADV']);

export function chunk(tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (NOUNISH.has(token.pos) && !(token.pos === 'PRON' && i + 1 < tokens.length && isNounGroupWord(tokens[i + 1]))) {
      let last = i;
      let head = -1;
      while (last < tokens.length && tokens[last].sentence === token.sentence && joinsNounGroup(tokens, last, i)) {
        if (tokens[last].pos === 'NOUN' || tokens[last].pos === 'PROPN' || tokens[last].pos === 'PRON') head = last;
        last++;
      }
      if (head >= 0) {
        chunks.push({ kind: 'NP', first: i, last: last - 1, head });
        i = last;
        continue;
      }
    }
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      let first = i;
      while (first > 0 && tokens[first - 1].sentence === token.sentence && isVerbPrefix(tokens[first - 1])) first--;
      let last = i;
      let head = token.pos === 'VERB' ? i : -1;
      while (last + 1 < tokens.length && tokens[last + 1].sentence === token.sentence && VERBISH.has(tokens[last + 1].pos)) {
        if (tokens[last + 1].pos === 'PART' && tokens[last + 1].lower === 'to') break;
        // "seeks closer ties": a second main verb after the head starts a group of its own.
        if (head >= 0 && tokens[last + 1].pos === 'VERB') break;
        last++;
        if (tokens[last].pos === 'VERB') head = last;
      }
      if (head < 0) head = last;
      const previous = chunks[chunks.length - 1];
      if (previous && previous.kind === 'VP' && previous.last >= first) first = previous.last + 1;
      chunks.push({ kind: 'VP', first, last, head });
      i = last + 1;
      continue;
    }
    i++;
  }
  return chunks;
}

const bySentence = new WeakMap<Doc, Chunk[][]>();

/** The chunks of one sentence, in order (a chunk never crosses a sentence), indexed once per document. */
export function chunksIn(doc: Doc, sentence: number): Chunk[] {
  let index = bySentence.get(doc);
  if (!index) {
    const lists: Chunk[][] = doc.sentences.map(() => []);
    for (const c of doc.chunks) lists[doc.tokens[c.head].sentence]?.push(c);
    index = lists;
    bySentence.set(doc, index);
  }
  return index[sentence] ?? [];
}

function isNounGroupWord(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ';
}

function joinsNounGroup(tokens: Token[], index: number, first: number): boolean {
  const token = tokens[index];
  if (NOUNISH.has(token.pos)) {
    if (token.pos === 'PRON' && index > first) return false;
    if (token.pos === 'DET' && index > first && tokens[index - 1].pos !== 'PART') return false;
    return true;
  }
  // "NATO's door": the possessive joins the owner and the thing owned.
  return token.pos === 'PART' && (token.lower === "'s" || token.lower === '’s') && index > first;
}

function isVerbPrefix(token: Token): boolean {
  return token.pos === 'AUX' || (token.pos === 'PART' && token.lower !== 'to') || token.pos === 'ADV';
}
