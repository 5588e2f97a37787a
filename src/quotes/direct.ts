// Direct quotes: a quoted span is a quote when a speech cue attributes it, after it ("…," Smith said / said
// Smith) or before it (She explained, "…"), or when it stands as a sentence of its own next to other quotes.
// Spans that are none of these are left for reported speech (partial quotes) or are scare quotes and titles.
import { isDoubleMark, type MarkSpan } from './marks.ts';
import { tokenAtOrAfter, tokenBefore } from '../nlp/offsets.ts';
import { isNameWord, paragraphFirstToken, paragraphLastToken, type Context, type CueMatch } from './context.ts';
import type { Found } from './found.ts';
import { subjectAfter, subjectBefore, subjectOf, type Subject } from './subject.ts';

/** Finds direct quotes; returns them and the indexes of the spans they use. */
export function findDirect(context: Context): { found: Found[]; used: Set<number> } {
  const found: Found[] = [];
  const used = new Set<number>();
  // The last quote attributed by the words after it, which a split quote's second half may go on from.
  let before: { span: MarkSpan; attribution: Attribution } | null = null;
  context.spans.forEach((span, index) => {
    if (context.nameSpans.has(index)) return;
    const first = tokenAtOrAfter(context.tokens, span.open);
    if (first >= context.tokens.length) return;
    const opens = opensSentence(context, span);
    const after = opens ? trailing(context, span) : null;
    const attribution = after ?? leading(context, span) ?? (before && resumed(context, before.span, before.attribution, span));
    before = after ? { span, attribution: after } : null;
    if (attribution) {
      found.push(direct(span, attribution.cue, attribution.subject, attribution.cue.first, false));
      used.add(index);
    } else if (opens && looksLikeSpeech(context, span, first)) {
      found.push(direct(span, null, null, first, true));
      used.add(index);
    }
  });
  return { found, used };
}

function direct(span: MarkSpan, cue: CueMatch | null, subject: Subject | null, at: number, follows: boolean): Found {
  return { kind: 'direct', start: span.contentStart, end: span.contentEnd, cue, subject, at, paragraph: span.paragraph, follows };
}

type Attribution = { cue: CueMatch; subject: Subject | null };

function isSpeechVerb(match: CueMatch | null): match is CueMatch {
  return match !== null && match.cue.pos === 'verb' && match.cue.class === 'speech';
}

/** "…," Smith said / "…," said Smith / "…?" the farmer asked. Not after a quote ending in a full stop. */
function trailing(context: Context, span: MarkSpan): Attribution | null {
  if (!span.closed) return null;
  const { text, tokens } = context;
  let e = span.close;
  while (e > span.open + 1 && /\s/.test(text[e - 1])) e--;
  if (text[e - 1] === '.' && text[e - 2] !== '.') return null;
  let t = tokenAtOrAfter(tokens, span.close + 1);
  while (t < tokens.length && tokens[t].text === ',') t++;
  if (t >= tokens.length || context.isMark[t] === 1 || tokens[t].start < span.close) return null;
  if (context.paragraphOf[t] !== context.paragraphOf[tokenBefore(tokens, span.close + 1)]) return null;
  let ceiling = Math.min(t + 20, paragraphLastToken(context, t));
  for (let c = t; c <= ceiling; c++) {
    if (context.isMark[c] === 1) {
      ceiling = c - 1;
      break;
    }
  }
  const inverted = context.cueAt[t];
  // ("…," according to one official.)
  if (inverted !== null && (inverted.cue.pos === 'phrase' || isSpeechVerb(inverted))) {
    const subject = subjectAfter(context, inverted.last + 1, ceiling);
    return subject ? { cue: inverted, subject } : null;
  }
  for (let j = t + 1; j <= ceiling; j++) {
    const token = tokens[j];
    const match = context.cueAt[j];
    if (isSpeechVerb(match)) {
      const subject = subjectBefore(context, match, t);
      return subject && subject.head.first === t ? { cue: match, subject } : null;
    }
    // (A name the tagger took for a verb, "Tim Cook", does not end the attribution.)
    if ((token.pos === 'VERB' && !isNameWord(context, j)) || token.pos === 'SCONJ' || token.pos === 'CCONJ' || /^[.;:!?]$/.test(token.text)) return null;
  }
  return null;
}

/**
 * The second half of a split quote: "…," said Amara Diop, the bloc's envoy to the region, "and …", or "…," she
 * said, holding up the letter, "…". Only the first half's attribution and its comma stand between the two.
 */
function resumed(context: Context, earlier: MarkSpan, attribution: Attribution, span: MarkSpan): Attribution | null {
  const { tokens, text } = context;
  if (earlier.paragraph !== span.paragraph) return null;
  let i = span.open - 1;
  while (i > earlier.close && /\s/.test(text[i])) i--;
  if (text[i] !== ',' && text[i] !== ':') return null;
  for (let t = attribution.cue.last + 1; t < tokens.length && tokens[t].start < i; t++) {
    if (/^[.;!?]$/.test(tokens[t].text) || context.isMark[t] === 1) return null;
  }
  return attribution;
}

const LEAD_IN = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'PRON', 'PART']);

/** She explained, "…" / Smith said: "…" / said," In terms … / …, adding: "…". */
function leading(context: Context, span: MarkSpan): Attribution | null {
  const { tokens } = context;
  let i = tokenBefore(tokens, span.open);
  if (i < 0 || context.paragraphOf[i] !== span.paragraph || tokens[i].end > span.open) return null;
  let punctuated = false;
  if (tokens[i].text === ':' || tokens[i].text === ',') {
    punctuated = true;
    i--;
  }
  const floor = paragraphFirstToken(context, Math.max(i, 0));
  for (let k = i; k >= floor && i - k < 8; k--) {
    if (context.spanOf[k] >= 0 || context.isMark[k] === 1) return null;
    const match = context.cueAt[k];
    if (isSpeechVerb(match) && match.last <= i) {
      // With no comma or colon the cue must stand right before words that sound like speech: "will respond
      // "decisively"" is a partial quote.
      if (!punctuated && (match.last !== i || !looksLikeSpeech(context, span, i + 1))) return null;
      return { cue: match, subject: subjectOf(context, match, floor, i) };
    }
    const token = tokens[k];
    if ((!LEAD_IN.has(token.pos) && !isNameWord(context, k)) || token.lower === 'that') return null;
  }
  return null;
}

/** The quote opens a sentence: paragraph start, or after a full stop, colon or another quote. */
function opensSentence(context: Context, span: MarkSpan): boolean {
  const { text } = context;
  const paragraph = context.paragraphs[span.paragraph];
  let i = span.open - 1;
  while (i >= paragraph.start && /\s/.test(text[i])) i--;
  if (i < paragraph.start) return true;
  const char = text[i];
  return '.!?:;…—–('.includes(char) || isDoubleMark(char);
}

/** Words a person says, not a title or a scare-quoted phrase: three words or more, with a verb or a full stop. */
function looksLikeSpeech(context: Context, span: MarkSpan, first: number): boolean {
  const { tokens } = context;
  let words = 0;
  let verb = false;
  for (let t = first; t < tokens.length && tokens[t].start < span.contentEnd; t++) {
    if (tokens[t].start < span.contentStart) continue;
    if (/[\p{L}\p{N}]/u.test(tokens[t].text)) words++;
    if (tokens[t].pos === 'VERB' || tokens[t].pos === 'AUX') verb = true;
  }
  const last = context.text[span.contentEnd - 1];
  return words >= 3 && (verb || last === '.' || last === '!' || last === '?');
}
