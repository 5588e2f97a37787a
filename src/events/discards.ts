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
    const candidates = lexicon.discards.get(tokens[t].lower) ?? lexicon.discards.get(tokens[t].lemma) ?? (startsWithDigit(tokens[t].text) && scoreAt(tokens, t, sentence.lastToken) ? lexicon.discards.get(SCORE_WORD) : undefined);
    if (!candidates) continue;
    for (const { id, reason, phrase, near } of candidates) {
      if (phraseAt(tokens, t, sentence.lastToken, phrase) && (!near || nearby(tokens, sentence.firstToken, sentence.lastToken, near))) return `${id}: ${reason}`;
    }
  }
  return null;
}

/** "2-1", "3–0": a score line, written in a discard phrase as `<score>`. */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
const GOALS = /^\d{1,3}$/;
const SCORE_WORD = '<score>';

const DASH = /^[-–]$/;

/** Whether a token starts with a digit, as a score does: most tokens are passed over without a pattern test. */
function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** A score is one token ("2-1") or, around an en dash the tokenizer splits off, three ("3", "–", "0"). */
function scoreAt(tokens: Token[], t: number, limit: number): boolean {
  if (SCORE.test(tokens[t].text)) return true;
  return t + 2 <= limit && GOALS.test(tokens[t].text) && DASH.test(tokens[t + 1].text) && GOALS.test(tokens[t + 2].text);
}

function nearby(tokens: Token[], first: number, last: number, words: Set<string>): boolean {
  for (let t = first; t <= last; t++) if (words.has(tokens[t].lower) || words.has(tokens[t].lemma)) return true;
  return false;
}

const stories = new WeakMap<Doc, string | null>();
const storied = new WeakMap<Lexicon['discards'], boolean>();

/** A story-level discard (TABARI `+PHRASE`, e.g. a sports league) anywhere in the article discards all of it. */
function storyDiscard(doc: Doc, lexicon: Lexicon): string | null {
  // dyad's own discards are all per sentence: without a story-level one the article is not walked for them.
  let any = storied.get(lexicon.discards);
  if (any === undefined) {
    any = [...lexicon.discards.values()].some((entries) => entries.some((entry) => entry.story));
    storied.set(lexicon.discards, any);
  }
  if (!any) return null;
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
    if (t + k > limit || (token.lower !== phrase[k] && token.lemma !== phrase[k] && !(phrase[k] === SCORE_WORD && SCORE.test(token.text)))) return false;
  }
  return true;
}
