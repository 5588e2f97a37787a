// Reported speech: a cue with a clause it reports ("X said (that) …", "X told reporters …", "according to X,
// …", "…, two diplomats said.", "X's claim that …"). A clause holding a quoted stretch is a mixed quote.
import type { Sentence, Token } from '../doc.ts';
import { tokenBefore } from '../nlp/offsets.ts';
import { isDayWord, paragraphFirstToken, type Context, type CueMatch } from './context.ts';
import type { Found } from './found.ts';
import { dependsOnEarlierClause, groupStartingAt, isPossessivePart, subjectAfter, subjectBefore, subjectOf, type Subject } from './subject.ts';

const THAT = 'that';
function isPastVerb(token: Token): boolean {
  return token.pos === 'VERB' && token.lower !== token.lemma && !token.lower.endsWith('ing') && !token.lower.endsWith('s');
}

/** "did not say how large …": an indirect question is not a report of what was said. */
const QUESTION_WORD = new Set(['how', 'why', 'when', 'where', 'whether', 'if', 'what', 'who', 'which', THAT]);
const NEGATION = new Set(['not', "n't", 'never']);
const CLAUSE_JOINER = new Set(['and', 'but', 'though', 'although', 'while', 'whereas']);
const MODAL = new Set(['would', 'could', 'might', 'should', 'will', 'can', 'may', 'must', 'shall']);
const CLAUSE_PRONOUN = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those']);

/** Reported and mixed quotes; `directSpans` are mark spans already taken as direct quotes. */
export function findReported(context: Context, directSpans: Set<number>, directFound: Found[]): Found[] {
  const { tokens } = context;
  const found: Found[] = [];
  // A reported clause ends where a direct quote or a clause hanging on it (", adding that …") begins.
  const cuts: number[] = directFound.map((quote) => openMarkBefore(context, quote.start));
  for (const quote of directFound) if (quote.cue) cuts.push(tokens[quote.cue.first].start);
  for (let t = 0; t < tokens.length; t++) {
    const match = context.cueAt[t];
    if (!match || context.spanOf[t] >= 0) continue;
    const sentence = context.doc.sentences[tokens[t].sentence];
    if (!sentence) continue;
    const quote =
      match.cue.pos === 'verb'
        ? (complementQuote(context, match, sentence) ?? frontedQuote(context, match, sentence) ?? insetQuote(context, match, sentence))
        : match.cue.pos === 'phrase'
          ? accordingTo(context, match, sentence, cuts)
          : nounThatQuote(context, match, sentence);
    if (quote) found.push(quote);
  }
  // "…, adding that …", "… but did not say when": a cue hanging on the reporting clause ends the report.
  for (let t = 0; t < tokens.length; t++) {
    const match = context.cueAt[t];
    if (match && match.cue.pos === 'verb' && context.spanOf[t] < 0 && dependsOnEarlierClause(context, match, paragraphFirstToken(context, t))) {
      let from = t;
      let modal = false;
      while (from - 1 >= 0 && /^(AUX|ADV|PART|CCONJ)$/.test(tokens[from - 1].pos) && context.spanOf[from - 1] < 0) {
        from--;
        if (MODAL.has(tokens[from].lower)) modal = true;
      }
      // "… it had cooperated and would appeal the fine": a modal goes on with what was reported.
      if (!modal) cuts.push(tokens[from].start);
    } else if (match && match.cue.pos === 'verb' && context.spanOf[t] < 0) {
      // "…, though it warned that …", "… while analysts said …": a speaker of a clause of its own ends the report;
      // so does the attribution of the sentence around it ("Iran warned it would respond, state media reported").
      const sentence = context.doc.sentences[tokens[t].sentence];
      const subject = sentence ? subjectBefore(context, match, sentence.firstToken) : null;
      const joiner = subject ? subject.head.first - 1 : -1;
      if (joiner >= 0 && CLAUSE_JOINER.has(tokens[joiner].lower) && context.spanOf[joiner] < 0) cuts.push(tokens[joiner].start);
      const tail = sentence ? attributionAfter(context, match, sentence) : null;
      if (tail) cuts.push(tokens[tail.comma].start);
    }
    // "noted that … and expressed hope …": a past-tense verb joined by "and" or "but" goes back to the speaker.
    if (tokens[t].pos === 'CCONJ' && t + 1 < tokens.length && context.spanOf[t] < 0 && isPastVerb(tokens[t + 1])) cuts.push(tokens[t].start);
    if (isComment(context, t)) cuts.push(tokens[t].start);
  }
  // Two cues reporting the same clause ("said in a statement issued …"): the first one attributes it.
  const seen = new Set<number>();
  return found
    .filter((quote) => !seen.has(quote.start) && seen.add(quote.start) !== undefined)
    .map((quote) => cut(context, quote, cuts))
    .filter((quote) => quote.end > quote.start)
    .map((quote) => ({ ...quote, kind: holdsPartialQuote(context, quote, directSpans) ? 'mixed' : quote.kind }));
}

/** "X said (that) …", "X told reporters …": the clause after the cue, its addressee and adverbials. */
function complementQuote(context: Context, match: CueMatch, sentence: Sentence): Found | null {
  const ceiling = sentence.lastToken;
  if (isNegated(context, match)) return null;
  let j = match.last + 1;
  if (match.cue.addressee) {
    const addressee = nounGroupAt(context, j, ceiling);
    if (addressee >= 0) {
      const after = skipAdverbials(context, addressee + 1, ceiling);
      if (match.cue.cue === 'tell' || isThat(context, after) || startsClause(context, after, ceiling)) j = addressee + 1;
    }
  }
  j = skipAdverbials(context, j, ceiling);
  let start = -1;
  if (isThat(context, j) && startsClause(context, j + 1, ceiling)) start = j + 1;
  else if (match.cue.bare && startsClause(context, j, ceiling)) start = j;
  if (start < 0) return null;
  const floor = paragraphFirstToken(context, match.first);
  const subject = subjectOf(context, match, floor, ceiling);
  return reported(context, match, subject, start, sentence);
}

/** "The agreement will be signed next month, two diplomats said." / "…, said a spokesman." */
function frontedQuote(context: Context, match: CueMatch, sentence: Sentence): Found | null {
  const { tokens } = context;
  const floor = sentence.firstToken;
  const tail = attributionAfter(context, match, sentence);
  if (!tail) return null;
  const { comma, subject } = tail;
  let verb = false;
  for (let t = floor; t < comma; t++) {
    if (context.spanOf[t] >= 0 && t === floor) return null;
    if (context.spanOf[t] < 0 && (tokens[t].pos === 'VERB' || tokens[t].pos === 'AUX')) verb = true;
    // A clause that reports speech of its own ("X said Y, Z added") is not itself the report.
    const inner = context.cueAt[t];
    if (inner && inner.cue.pos === 'verb' && context.spanOf[t] < 0 && complementQuote(context, inner, sentence)) return null;
  }
  if (!verb) return null;
  return indirect(context, match, subject, tokens[floor].start, trimmedEnd(context, tokens[comma].start));
}

/** "The United States, he said, had no standing": an attribution set inside the clause it reports. */
function insetQuote(context: Context, match: CueMatch, sentence: Sentence): Found | null {
  const { tokens } = context;
  const after = match.last + 1;
  if (after > sentence.lastToken || tokens[after].text !== ',') return null;
  const subject = subjectBefore(context, match, sentence.firstToken);
  if (!subject || subject.apposition) return null;
  const comma = subject.head.first - 1;
  if (comma <= sentence.firstToken || tokens[comma].text !== ',') return null;
  // Before it the clause's subject, a noun group from the sentence start; after it the clause's verb.
  const opening = groupStartingAt(context, sentence.firstToken, comma - 1);
  if (!opening || opening.last !== comma - 1) return null;
  let verb = after + 1;
  while (verb <= sentence.lastToken && tokens[verb].pos === 'ADV') verb++;
  if (verb > sentence.lastToken || (tokens[verb].pos !== 'AUX' && tokens[verb].pos !== 'VERB')) return null;
  return reported(context, match, subject, sentence.firstToken, sentence);
}

/** ", two diplomats said." / ", said a spokesman on Monday.": an attribution closing its sentence after a comma. */
function attributionAfter(context: Context, match: CueMatch, sentence: Sentence): { comma: number; subject: Subject } | null {
  const { tokens } = context;
  const floor = sentence.firstToken;
  let subject: Subject | null = subjectBefore(context, match, floor);
  let comma: number;
  let tailFrom: number;
  if (subject) {
    comma = subject.head.first - 1;
    tailFrom = match.last + 1;
  } else {
    comma = match.first - 1;
    while (comma >= floor && tokens[comma].pos === 'ADV') comma--;
    subject = subjectAfter(context, match.last + 1, sentence.lastToken);
    if (!subject) return null;
    tailFrom = (subject.apposition ?? subject.head).last + 1;
  }
  if (comma <= floor || tokens[comma].text !== ',' || context.spanOf[comma] >= 0) return null;
  // The attribution may hand on to a report of its own: "…, said a spokesman, adding that …".
  let last = sentence.lastToken;
  for (let t = tailFrom; t < sentence.lastToken; t++) {
    const next = context.cueAt[t + 1];
    if (tokens[t].text === ',' && next?.cue.pos === 'verb' && tokens[t + 1].lower.endsWith('ing')) {
      last = t - 1;
      break;
    }
  }
  return onlyAdverbialsUntilEnd(context, tailFrom, last) ? { comma, subject } : null;
}

/** "According to X, …" and "…, according to X." (unless the clause already has a speaker of its own). */
function accordingTo(context: Context, match: CueMatch, sentence: Sentence, cuts: number[]): Found | null {
  const { tokens } = context;
  // What follows "according to" is its source, up to the comma or the sentence end, whatever the tagger made of
  // it ("according to aid agencies" tags "aid" a verb; "a report published on Tuesday by the World Bank").
  const first = match.last + 1;
  if (first > sentence.lastToken) return null;
  if (match.first === sentence.firstToken) {
    const comma = commaAfter(context, first, sentence.lastToken);
    if (comma < 0 || comma === first || comma + 1 > sentence.lastToken) return null;
    const head = { first, last: comma - 1 };
    // "According to Ana Ruiz, a spokeswoman for the court, investigators …": the source has an apposition.
    const second = startsClause(context, comma + 1, sentence.lastToken) ? -1 : commaAfter(context, comma + 1, sentence.lastToken);
    if (second > comma + 1 && second + 1 <= sentence.lastToken && startsClause(context, second + 1, sentence.lastToken)) {
      return reported(context, match, { head, apposition: { first: comma + 1, last: second - 1 } }, second + 1, sentence);
    }
    return reported(context, match, { head, apposition: null }, comma + 1, sentence);
  }
  let last = sentence.lastToken;
  while (last >= first && tokens[last].pos === 'PUNCT') last--;
  for (let t = first; t <= last; t++) {
    // (The hyphen of "the Hamas-run territory" is part of the source.)
    const hyphen = tokens[t].text === '-' && tokens[t - 1].end === tokens[t].start && tokens[t + 1]?.start === tokens[t].end;
    if ((tokens[t].pos === 'PUNCT' && !hyphen) || tokens[t].pos === 'SCONJ' || tokens[t].lower === THAT) return null;
  }
  if (last < first || last - first > 15) return null;
  const subject = { head: { first, last }, apposition: null };
  const comma = match.first - 1;
  if (comma <= sentence.firstToken || tokens[comma].text !== ',') return null;
  cuts.push(tokens[comma].start);
  for (let t = sentence.firstToken; t < comma; t++) {
    const earlier = context.cueAt[t];
    if (earlier && earlier.cue.pos === 'verb' && context.spanOf[t] < 0) return null;
  }
  return indirect(context, match, subject, tokens[sentence.firstToken].start, trimmedEnd(context, tokens[comma].start));
}

/** The first comma from `from` within 20 tokens and the sentence, or -1. */
function commaAfter(context: Context, from: number, last: number): number {
  for (let t = from; t <= last && t - from < 20; t++) if (context.tokens[t].text === ',') return t;
  return -1;
}

/** "The minister's claim that …": a speech noun with a that-clause and an owner who made it. */
function nounThatQuote(context: Context, match: CueMatch, sentence: Sentence): Found | null {
  const { tokens } = context;
  if (!isThat(context, match.last + 1) || !startsClause(context, match.last + 2, sentence.lastToken)) return null;
  const before = match.first - 1;
  if (before < sentence.firstToken) return null;
  let subject: Subject | null = null;
  if (tokens[before].pos === 'PRON' && /^(his|her|their|its)$/.test(tokens[before].lower)) {
    subject = { head: { first: before, last: before }, apposition: null };
  } else if (isPossessivePart(tokens[before])) {
    subject = subjectBefore(context, { cue: match.cue, first: before, last: before }, sentence.firstToken);
  }
  if (!subject) return null;
  return reported(context, match, subject, match.last + 2, sentence);
}

function reported(context: Context, match: CueMatch, subject: Subject | null, start: number, sentence: Sentence): Found {
  return indirect(context, match, subject, context.tokens[start].start, clauseEnd(context, start, sentence));
}

/** Reported speech from character `start` to `end`, attributed to the cue's subject. */
function indirect(context: Context, match: CueMatch, subject: Subject | null, start: number, end: number): Found {
  return { kind: 'indirect', start, end, cue: match, subject, at: match.first, paragraph: context.paragraphOf[match.first], follows: false };
}

/** The sentence end, carried past a quoted stretch that the sentence splitter cut in two. */
function clauseEnd(context: Context, start: number, sentence: Sentence): number {
  const { tokens, spans } = context;
  let end = sentence.end;
  let last = sentence.lastToken;
  for (let t = start; t <= last; t++) {
    const span = context.spanOf[t];
    if (span >= 0 && spans[span].close >= end) {
      const closeToken = Math.min(tokens.length - 1, tokenIndexAt(context, spans[span].close));
      const next = context.doc.sentences[tokens[closeToken].sentence];
      if (next && next.end > end) {
        end = next.end;
        last = next.lastToken;
      }
    }
  }
  return trimmedEnd(context, end);
}

/** The last token starting at or before `offset` (the first token when none does). */
function tokenIndexAt(context: Context, offset: number): number {
  return Math.max(0, tokenBefore(context.tokens, offset + 1));
}

/** Ends a quote before the next attribution inside it (", adding that", ", according to", "and warned that"). */
function cut(context: Context, quote: Found, cuts: number[]): Found {
  let end = quote.end;
  const cueStart = quote.cue ? context.tokens[quote.cue.first].start : -1;
  for (const at of cuts) {
    if (at > quote.start && at < end && at !== cueStart) end = at;
  }
  if (end === quote.end) return quote;
  return { ...quote, end: trimmedEnd(context, end, true) };
}

/** Backs off spaces, final punctuation and, at a cut, a dangling conjunction. */
function trimmedEnd(context: Context, end: number, atCut = false): number {
  const { text } = context;
  let e = end;
  for (;;) {
    while (e > 0 && /\s/.test(text[e - 1])) e--;
    if (e > 0 && /[.,;:!?—–-]/.test(text[e - 1]) && text[e - 2] !== '.') {
      e--;
      continue;
    }
    if (atCut) {
      const tail = /\b(and|but|while)$/i.exec(text.slice(Math.max(0, e - 6), e));
      if (tail) {
        e -= tail[0].length;
        continue;
      }
    }
    return e;
  }
}

function holdsPartialQuote(context: Context, quote: Found, directSpans: Set<number>): boolean {
  return context.spans.some(
    (span, index) =>
      !directSpans.has(index) && !context.nameSpans.has(index) && span.open >= quote.start && span.open < quote.end,
  );
}

/** Nouns a writer sums up a reported clause with: ", a move unions vowed to fight", "— a claim critics doubt". */
const COMMENT_NOUN = new Set(['move', 'step', 'decision', 'sign', 'pledge', 'promise', 'claim', 'figure', 'charge', 'reference', 'development', 'blow', 'setback', 'measure', 'accusation', 'allegation', 'assertion', 'warning', 'threat', 'statement', 'remark', 'comment', 'view', 'position', 'stance']);

/** The comma or dash opening the writer's comment on what was reported (the report ends there). */
function isComment(context: Context, t: number): boolean {
  const { tokens } = context;
  if ((tokens[t].text !== ',' && tokens[t].text !== '—' && tokens[t].text !== '–') || context.spanOf[t] >= 0) return false;
  let k = t + 1;
  if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an') return false;
  k++;
  while (tokens[k]?.pos === 'ADJ') k++;
  if (tokens[k] === undefined || !COMMENT_NOUN.has(tokens[k].lower)) return false;
  // ", a move she called "essential"": words quoted in it are the speaker's, and so is the comment.
  for (let u = k + 1; u < tokens.length && tokens[u].sentence === tokens[t].sentence; u++) if (context.isMark[u] === 1) return false;
  return true;
}

/** "did not say", "has never claimed": what was not said is not reported speech. */
function isNegated(context: Context, match: CueMatch): boolean {
  const { tokens } = context;
  for (let t = match.first - 1; t >= 0 && match.first - t <= 3; t--) {
    if (NEGATION.has(tokens[t].lower)) return true;
    if (tokens[t].pos !== 'AUX' && tokens[t].pos !== 'ADV' && tokens[t].pos !== 'PART') return false;
  }
  return false;
}

function isThat(context: Context, t: number): boolean {
  return t < context.tokens.length && context.tokens[t].lower === THAT && context.spanOf[t] < 0;
}

/** A clause starts here: a subject (a noun group or pronoun, possibly quoted) and then a finite verb. */
function startsClause(context: Context, at: number, ceiling: number): boolean {
  const { tokens } = context;
  let t = approximation(context, at);
  while (t <= ceiling && context.isMark[t] === 1) t++;
  if (t > ceiling) return false;
  let next: number;
  if (tokens[t].pos === 'PRON' && CLAUSE_PRONOUN.has(tokens[t].lower)) next = t + 1;
  else {
    let group = groupStartingAt(context, t, ceiling) ?? markedGroup(context, t, ceiling);
    if (!group) return false;
    // "cooperation in trade and investment serves …": coordinated nouns are one subject.
    while (group.last + 2 <= ceiling && (tokens[group.last + 1].lower === 'and' || tokens[group.last + 1].lower === 'or')) {
      const more = groupStartingAt(context, group.last + 2, ceiling);
      if (!more) break;
      group = { first: group.first, last: more.last };
    }
    next = group.last + 1;
  }
  // The tagger reads a plural subject's verb as a noun ("the two countries share …"): a bare noun right after a
  // plural noun inside the group is the verb.
  if (tokens[t].pos !== 'PRON') {
    for (let k = t + 1; k < next; k++) {
      const word = tokens[k];
      const before = tokens[k - 1];
      if (word.pos === 'NOUN' && word.lower === word.lemma && !word.lower.endsWith('s') && before.pos === 'NOUN' && before.lower !== before.lemma) return true;
    }
  }
  // "the fire, which started in a warehouse, had …", "the attack, the third this month, showed …": an aside
  // between commas after a noun subject.
  if (tokens[next]?.text === ',' && tokens[t].pos !== 'PRON') {
    let close = next + 1;
    while (close <= ceiling && close - next <= 15 && tokens[close].text !== ',' && context.spanOf[close] < 0) close++;
    if (close <= ceiling && tokens[close].text === ',' && close > next + 1) next = close + 1;
  }
  while (next <= ceiling && (context.isMark[next] === 1 || tokens[next].pos === 'ADV' || tokens[next].text === ',')) next++;
  if (next > ceiling) return false;
  const verb = tokens[next];
  if (verb.pos === 'AUX') return true;
  return verb.pos === 'VERB' && !verb.lower.endsWith('ing');
}

/** Past "at least", "more than", "nearly" before a number: "said at least 39 people had died". */
function approximation(context: Context, at: number): number {
  const { tokens } = context;
  const word = tokens[at]?.lower;
  const second = tokens[at + 1]?.lower;
  let t = at;
  if ((word === 'at' && (second === 'least' || second === 'most')) || (second === 'than' && /^(more|less|fewer)$/.test(word ?? '')) || (word === 'up' && second === 'to')) t += 2;
  else if (word !== undefined && /^(nearly|almost|about|around|roughly|some|over|only)$/.test(word)) t += 1;
  return t !== at && tokens[t]?.pos === 'NUM' ? t : at;
}

/** A subject that sits inside a partial quote: "the government "will not tolerate"" starts outside it. */
function markedGroup(context: Context, t: number, ceiling: number): { first: number; last: number } | null {
  const { tokens } = context;
  let last = t - 1;
  for (let u = t; u <= ceiling && u - t < 10; u++) {
    const pos = tokens[u].pos;
    if (pos === 'DET' || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || isPossessivePart(tokens[u])) last = u;
    else break;
  }
  return last >= t ? { first: t, last } : null;
}

/** Adverbials between a cue and its clause: "on Monday", "in a statement", "again", "in an interview with CNN". */
function skipAdverbials(context: Context, from: number, ceiling: number): number {
  const { tokens } = context;
  let j = from;
  for (let guard = 0; guard < 6 && j <= ceiling; guard++) {
    const token = tokens[j];
    if (token.pos === 'ADV' && !QUESTION_WORD.has(token.lower)) {
      j++;
      continue;
    }
    if (token.pos === 'ADP' && token.lower !== THAT && token.lower !== 'as') {
      const end = nounGroupAt(context, j + 1, ceiling);
      if (end < 0) return j;
      j = end + 1;
      continue;
    }
    if (token.pos === 'PROPN' && isDayWord(token.lower)) {
      j++;
      continue;
    }
    return j;
  }
  return j;
}

/** Last token of the noun group (tagger chunk) starting at t, or -1. */
function nounGroupAt(context: Context, t: number, ceiling: number): number {
  if (t > ceiling || t >= context.tokens.length) return -1;
  const chunk = context.chunkFrom[t];
  if (chunk >= 0) return Math.min(context.doc.chunks[chunk].last, ceiling);
  const group = groupStartingAt(context, t, ceiling);
  return group ? group.last : -1;
}

function onlyAdverbialsUntilEnd(context: Context, from: number, last: number): boolean {
  const { tokens } = context;
  for (let t = from; t <= last; t++) {
    const token = tokens[t];
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ' || token.lower === THAT) return false;
    if (context.isMark[t] === 1) return false;
  }
  return true;
}

function openMarkBefore(context: Context, contentStart: number): number {
  let i = contentStart - 1;
  while (i > 0 && /\s/.test(context.text[i])) i--;
  return i;
}
