// Who a subject is. In order: a person the actors stage found in it; a pronoun, through the actors stage's
// coreference or else the last person named as a subject before it; a name in the text (titles cut, a bare
// surname taken back to the full name used earlier); "the star" and other person descriptions, as the last
// person named; an actor mention ("the ministry"); else the words themselves ("a source close to the couple").
// Speakers must be resolved in text order: each one becomes a candidate for the pronouns after it.
import type { Quote } from '../record.ts';
import type { Context } from './context.ts';
import { isPossessivePart, type Range, type Subject } from './subject.ts';

export type Speaker = NonNullable<Quote['speaker']>;

type Candidate = { name: string; actor: string | null; token: number; start: number; end: number; subject: boolean };

const PERSON_PRONOUN = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'i']);
const GROUP_PRONOUN = new Set(['it', 'its', 'they', 'their', 'them', 'we', 'our']);
/** Words inside a name: "Ministry of External Affairs", "Lula da Silva". */
const NAME_JOINER = new Set(['of', 'for', 'de', 'da', 'do', 'dos', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'ibn']);
const CAPITAL = /^\p{Lu}/u;

export type SpeakerResolver = {
  /** The speaker a subject names; `at` is the attribution's token, where pronouns look back from. */
  resolve(subject: Subject | null, at: number): Speaker | null;
  /** The last person named before token `at` (preferring subjects), for quotes with no cue of their own. */
  nearestPerson(at: number): Speaker | null;
};

export function speakerResolver(context: Context): SpeakerResolver {
  const { tokens, text, doc } = context;
  const known = staticCandidates(context);
  const resolved: Candidate[] = [];
  const groups: Candidate[] = [];

  const span = (range: Range): { start: number; end: number } => ({ start: tokens[range.first].start, end: tokens[range.last].end });

  const remember = (speaker: Speaker, token: number, person: boolean): Speaker => {
    (person ? resolved : groups).push({ name: speaker.name, actor: speaker.actor, token, start: speaker.start, end: speaker.end, subject: true });
    return speaker;
  };

  const lastPerson = (at: number): Candidate | null => {
    let best: Candidate | null = null;
    let bestAny: Candidate | null = null;
    for (const list of [known, resolved]) {
      for (const candidate of list) {
        if (candidate.token >= at) continue;
        if (!bestAny || candidate.token > bestAny.token) bestAny = candidate;
        if (candidate.subject && (!best || candidate.token > best.token)) best = candidate;
      }
    }
    return best ?? bestAny;
  };

  const fullName = (surname: string, at: number): Candidate | null => {
    let best: Candidate | null = null;
    for (const list of [known, resolved]) {
      for (const candidate of list) {
        if (candidate.token >= at || candidate.name === surname) continue;
        if (candidate.name.endsWith(` ${surname}`) && (!best || candidate.token > best.token)) best = candidate;
      }
    }
    return best;
  };

  const resolve = (subject: Subject | null, at: number): Speaker | null => {
    if (!subject) return null;
    const { head } = subject;
    const ranges = subject.apposition ? [head, subject.apposition] : [head];
    const owner = speechNounOwner(context, head);
    if (owner) return resolve({ head: owner, apposition: null }, at);
    for (const range of ranges) {
      const index = personMentionIn(context, range);
      if (index >= 0) {
        const mention = doc.mentions[index];
        const person = doc.people[mention.person as number];
        return remember(
          { name: person?.name ?? mention.name, actor: person?.actor ?? mention.code, start: mention.start, end: mention.end },
          mention.firstToken,
          true,
        );
      }
    }
    if (head.first === head.last && tokens[head.first].pos === 'PRON') {
      const token = tokens[head.first];
      const where = span(head);
      const mention = context.mentionAt[head.first];
      if (mention >= 0) return { name: doc.mentions[mention].name, actor: doc.mentions[mention].code, ...where };
      if (PERSON_PRONOUN.has(token.lower)) {
        const candidate = lastPerson(at);
        return candidate ? { name: candidate.name, actor: candidate.actor, ...where } : { name: token.text, actor: null, ...where };
      }
      if (GROUP_PRONOUN.has(token.lower)) {
        const group = groups.filter((candidate) => candidate.token < at).pop();
        if (group) return { name: group.name, actor: group.actor, ...where };
      }
      return { name: token.text, actor: null, ...where };
    }
    for (const range of ranges) {
      const run = nameRunIn(context, range);
      if (!run) continue;
      const where = span(run.range);
      if (!run.person) return remember({ name: run.name, actor: null, ...where }, run.range.first, false);
      const full = run.range.first === run.range.last ? fullName(run.name, at) : null;
      return remember({ name: full?.name ?? run.name, actor: full?.actor ?? null, ...where }, run.range.first, true);
    }
    if (isPersonDescription(context, head)) {
      const candidate = lastPerson(at);
      if (candidate) return { name: candidate.name, actor: candidate.actor, ...span(head) };
    }
    for (const range of ranges) {
      const index = actorMentionIn(context, range);
      if (index >= 0) {
        const mention = doc.mentions[index];
        return remember({ name: mention.name, actor: mention.code, start: mention.start, end: mention.end }, mention.firstToken, false);
      }
    }
    const where = span(head);
    return remember({ name: text.slice(where.start, where.end), actor: null, ...where }, head.first, false);
  };

  const nearestPerson = (at: number): Speaker | null => {
    const candidate = lastPerson(at);
    return candidate ? { name: candidate.name, actor: candidate.actor, start: candidate.start, end: candidate.end } : null;
  };

  return { resolve, nearestPerson };
}

/** People named in the text, before any quote is read: person mentions, and names standing as subjects. */
function staticCandidates(context: Context): Candidate[] {
  const { doc, tokens } = context;
  const candidates: Candidate[] = [];
  for (const mention of doc.mentions) {
    if (mention.person === null || mention.via === 'pronoun') continue;
    const person = doc.people[mention.person];
    candidates.push({
      name: person?.name ?? mention.name,
      actor: person?.actor ?? mention.code,
      token: mention.firstToken,
      start: mention.start,
      end: mention.end,
      subject: isSubjectPosition(context, mention.lastToken),
    });
  }
  for (const run of nameRuns(context, 0, tokens.length - 1)) {
    if (!run.person || coveredByMention(context, run.range)) continue;
    candidates.push({
      name: run.name,
      actor: null,
      token: run.range.first,
      start: tokens[run.range.first].start,
      end: tokens[run.range.last].end,
      subject: isSubjectPosition(context, run.range.last),
    });
  }
  return candidates;
}

type NameRun = { range: Range; name: string; person: boolean };

/** The last name in a range: a run of capitalised proper nouns, titles cut ("Foreign Minister Ana Ruiz"). */
function nameRunIn(context: Context, range: Range): NameRun | null {
  const runs = nameRuns(context, range.first, range.last).filter((run) => !coveredByMention(context, run.range));
  return runs.length > 0 ? runs[runs.length - 1] : null;
}

function nameRuns(context: Context, first: number, last: number): NameRun[] {
  const { tokens, text, cues } = context;
  const isName = (t: number): boolean => tokens[t].pos === 'PROPN' && context.spanOf[t] < 0 && CAPITAL.test(tokens[t].text);
  const runs: NameRun[] = [];
  let t = first;
  while (t <= last) {
    if (!isName(t)) {
      t++;
      continue;
    }
    let start = t;
    let end = t;
    for (;;) {
      const next = end + 1;
      if (next > last) break;
      if (isName(next)) end = next;
      else if (context.isMark[next] === 2) {
        let close = next + 1;
        while (close <= last && context.isMark[close] !== 2) close++;
        if (close + 1 <= last && isName(close + 1)) end = close + 1;
        else break;
      } else if (NAME_JOINER.has(tokens[next].lower) && next + 1 <= last && isName(next + 1)) end = next + 1;
      else break;
    }
    t = end + 1;
    // "Kenya's finance minister": the owner is not the speaker.
    if (end + 1 < tokens.length && isPossessivePart(tokens[end + 1])) continue;
    // Capitalised words just before belong to the name: "Russian Foreign Ministry".
    while (start - 1 >= first && (tokens[start - 1].pos === 'ADJ' || tokens[start - 1].pos === 'NOUN') && CAPITAL.test(tokens[start - 1].text) && context.spanOf[start - 1] < 0) {
      start--;
    }
    // A name followed by a common noun modifies it: "United Nations monitors" is a group, not a person.
    let head = end;
    while (head + 1 <= last && tokens[head + 1].pos === 'NOUN' && !CAPITAL.test(tokens[head + 1].text)) head++;
    if (head > end) {
      runs.push({ range: { first: start, last: head }, name: text.slice(tokens[start].start, tokens[head].end), person: false });
      continue;
    }
    let nameStart = start;
    for (let k = start; k < end; k++) {
      if (cues.personNouns.has(tokens[k].lower)) nameStart = k + 1;
    }
    runs.push({ range: { first: nameStart, last: end }, name: text.slice(tokens[nameStart].start, tokens[end].end), person: true });
  }
  return runs;
}

function coveredByMention(context: Context, range: Range): boolean {
  for (let t = range.first; t <= range.last; t++) if (context.mentionAt[t] >= 0) return true;
  return false;
}

/** The rightmost person mention (not a bare pronoun) in a range, or -1. */
function personMentionIn(context: Context, range: Range): number {
  let found = -1;
  for (let t = range.first; t <= range.last; t++) {
    const index = context.mentionAt[t];
    if (index >= 0 && context.doc.mentions[index].person !== null) found = index;
  }
  return found;
}

/** The longest actor mention in a range, or -1. */
function actorMentionIn(context: Context, range: Range): number {
  let found = -1;
  for (let t = range.first; t <= range.last; t++) {
    const index = context.mentionAt[t];
    if (index < 0) continue;
    const mention = context.doc.mentions[index];
    if (found < 0 || mention.end - mention.start > context.doc.mentions[found].end - context.doc.mentions[found].start) found = index;
  }
  return found;
}

/** "the star", "the minister": a definite description whose head is a kind of person. */
function isPersonDescription(context: Context, range: Range): boolean {
  const { tokens, cues } = context;
  if (tokens[range.first].lower !== 'the') return false;
  let head = -1;
  for (let t = range.first + 1; t <= range.last; t++) {
    if (tokens[t].pos === 'ADP' || tokens[t].text === ',') break;
    if (tokens[t].pos === 'PROPN') return false;
    if (tokens[t].pos === 'NOUN') head = t;
  }
  return head >= 0 && (cues.personNouns.has(tokens[head].lower) || cues.personNouns.has(tokens[head].lemma));
}

/** "A statement from the ministry", "the ministry's statement": who made the statement. */
function speechNounOwner(context: Context, range: Range): Range | null {
  const { tokens } = context;
  for (let t = range.first; t <= range.last; t++) {
    const match = context.cueAt[t];
    if (!match || match.cue.pos !== 'noun') continue;
    const next = t + 1;
    if (next <= range.last && (tokens[next].lower === 'from' || tokens[next].lower === 'by' || tokens[next].lower === 'of')) {
      return next + 1 <= range.last ? { first: next + 1, last: range.last } : null;
    }
    if (t - 2 >= range.first && isPossessivePart(tokens[t - 1])) return { first: range.first, last: t - 2 };
  }
  return null;
}

/** A name stands as a subject when a verb follows it, perhaps after an apposition ("Smith, 45, said"). */
function isSubjectPosition(context: Context, last: number): boolean {
  const { tokens } = context;
  let j = last + 1;
  if (j < tokens.length && tokens[j].text === ',') {
    let k = j + 1;
    while (k < tokens.length && k - j < 12 && tokens[k].text !== ',' && tokens[k].text !== '.') k++;
    if (k >= tokens.length || tokens[k].text !== ',') return false;
    j = k + 1;
  }
  while (j < tokens.length && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV') && tokens[j + 1] && tokens[j + 1].pos !== 'PUNCT') {
    if (tokens[j].pos === 'AUX') return true;
    j++;
  }
  return j < tokens.length && (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || (tokens[j].pos === 'ADJ' && tokens[j].lower.endsWith('ed')));
}
