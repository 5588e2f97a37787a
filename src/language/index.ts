// The language of an article body (titles are too short to tell). Two signals: the share of the commonest English
// function words, which is 20–30% in English prose and under 4% in other languages written in Latin script; and,
// when that share does not settle it, tinyld over a sample of the body. Short or mixed texts get no verdict
// rather than a wrong one, and callers skip a document only on a confident non-English verdict.
import { detectAll } from 'tinyld';

export type LanguageGuess = {
  /** ISO 639-1 code, or null when the text is too short or too mixed to tell. */
  language: string | null;
  /** How sure, 0–1: the function-word share scaled so 15% is 1, or tinyld's score. */
  confidence: number;
  /** Why this verdict, in words. */
  note: string;
};

// Below this many letters tinyld mistakes "NATO met Japan." for Dutch; 200 letters is two news sentences.
const MIN_LETTERS = 200;
// tinyld reads only the start of a long text anyway; the first few thousand characters cost a fixed time.
const SAMPLE = 3000;
// English prose: the, of, and … make up a fifth or more of the words. Lists and score tables fall below.
const ENGLISH_SHARE = 0.15;
// tinyld reads an English paragraph full of German names as German at 0.50; a real German text scores 0.7–1.
const MIN_CONFIDENCE = 0.6;
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on was with said it as at by from he she his her be has have are were an this but not they which who their its had been will would'.split(' '),
);

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { language: null, confidence: 0, note: `too short to tell (${letters} letters)` };
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const share = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length / words.length;
  if (share >= ENGLISH_SHARE) {
    return { language: 'en', confidence: Math.min(share / ENGLISH_SHARE, 1), note: `English (function words are ${(share * 100).toFixed(0)}% of the words)` };
  }
  const [best] = detectAll(sample);
  if (!best || best.accuracy < MIN_CONFIDENCE) {
    return { language: null, confidence: best?.accuracy ?? 0, note: best ? `unsure (best guess ${best.lang} at ${best.accuracy.toFixed(2)})` : 'no language recognised' };
  }
  return { language: best.lang, confidence: best.accuracy, note: `${best.lang} (tinyld ${best.accuracy.toFixed(2)})` };
}

/** The reason to skip a document that is confidently not English, or null to code it. */
export function notEnglish(text: string): string | null {
  const guess = detectLanguage(text);
  return guess.language !== null && guess.language !== 'en' ? `not English: the body reads as ${guess.note}` : null;
}
