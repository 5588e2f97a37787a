// Who a subject is. In order: a person the actors stage found in it; a pronoun, through the actors stage's
// coreference or else the last person named as a subject before it; a name in the text (titles cut, a bare
// surname taken back to the full name used earlier); "the star" and other person descriptions, as the last
// person named; an actor mention ("the ministry"); else the words themselves ("a source close to the couple").
// Speakers must be resolved in text order: each one becomes a candidate for the pronouns after it.
import type { Quote } from '../record.ts';
import type { ActorMention, Token } from '../doc.ts';
import { CAPITAL, isDayWord, isNameWord, NAME_JOINER, type Context } from './context.ts';
import { writtenName, withoutTitles } from './names.ts';
import { groupStartingAt, isPossessivePart, type Range, type Subject } from './subject.ts';

export type Speaker = NonNullable<Quote['speaker']>;

/** A person a pronoun or description may point back to; `titles` are the words describing them ("star", "envoy"). */
type Candidate = { name: string; actor: string | null; token: number; start: number; end: number; subject: boolean; titles: Set<string> };

const PERSON_PRONOUN = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'i']);
const POSSESSIVE_PRONOUN = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const GROUP_PRONOUN = new Set(['it', 'its', 'they', 'their', 'them', 'we', 'our']);

export type SpeakerResolver = {
  /** The speaker a subject names; `at` is the attribution's token, where pronouns look back from. */
  resolve(subject: Subject | null, at: number): Speaker | null;
  /** The last person named before token `at` (preferring subjects), for quotes with no cue of their own. */
  nearestPerson(at: number): Speaker | null;
};

export function speakerResolver(context: Context): SpeakerResolver {
  const { tokens, text, doc } = context;
  // Built on first need: most quotes name their speaker and never look back.
  let knownList: Candidate[] | null = null;
  const knownCandidates = (): Candidate[] => {
    knownList ??= staticCandidates(context);
    return knownList;
  };
  const resolved: Candidate[] = [];
  const groups: Candidate[] = [];
  const named = personNames(context);

  const span = (range: Range): { start: number; end: number } => ({ start: tokens[range.first].start, end: tokens[range.last].end });

  const remember = (speaker: Speaker, token: number, person: boolean, described: Range[] = []): Speaker => {
    const titles = new Set<string>();
    for (const range of described) for (let t = range.first; t <= range.last; t++) titles.add(tokens[t].lower);
    (person ? resolved : groups).push({ name: speaker.name, actor: speaker.actor, token, start: speaker.start, end: speaker.end, subject: true, titles });
    return speaker;
  };

  /** The last person before `at` described by all these words ("the star" → "Reality star Jade Turner"). */
  const lastTitled = (at: number, words: string[]): Candidate | null => {
    let best: Candidate | null = null;
    for (const list of [knownCandidates(), resolved]) {
      for (const candidate of list) {
        if (candidate.token < at && words.every((word) => candidate.titles.has(word)) && (!best || candidate.token > best.token)) best = candidate;
      }
    }
    return best;
  };

  const lastPerson = (at: number): Candidate | null => {
    let best: Candidate | null = null;
    let bestAny: Candidate | null = null;
    for (const list of [knownCandidates(), resolved]) {
      for (const candidate of list) {
        if (candidate.token >= at) continue;
        if (!bestAny || candidate.token > bestAny.token) bestAny = candidate;
        if (candidate.subject && (!best || candidate.token > best.token)) best = candidate;
      }
    }
    return best ?? bestAny;
  };

  /** Every speaker given so far, with the token of its attribution. */
  const spoken: Array<{ speaker: Speaker; at: number }> = [];
  const lastSpeaker = (at: number): Speaker | null => {
    let best: { speaker: Speaker; at: number } | null = null;
    for (const earlier of spoken) if (earlier.at < at && (!best || earlier.at > best.at)) best = earlier;
    return best?.speaker ?? null;
  };

  /** The full name a single name stands for: the last person named before with it as first or last word. */
  const fullName = (single: string, at: number): Candidate | null => {
    let best: Candidate | null = null;
    for (const list of [knownCandidates(), resolved]) {
      for (const candidate of list) {
        if (candidate.token >= at || candidate.name === single) continue;
        // Titles the name may carry ("Spokesperson Mei Lin") are not its first word.
        const words = candidate.name.split(' ');
        while (words.length > 1 && context.cues.personNouns.has(words[0].toLowerCase())) words.shift();
        const named = words.length > 1 && (words[0] === single || words[words.length - 1] === single);
        if (named && (!best || candidate.token > best.token)) best = candidate;
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
    // "the statement said": the statement of whoever spoke last.
    if (isBareSpeechNoun(context, head)) {
      const earlier = lastSpeaker(at);
      if (earlier) return { name: earlier.name, actor: earlier.actor, ...span(head) };
    }
    // Names are looked for in the noun group's core: "officials in Kyiv" are not Kyiv.
    const cores = ranges.map((range) => core(context, range));
    for (const range of cores) {
      const index = personMentionIn(context, range);
      if (index >= 0) {
        const mention = doc.mentions[index];
        const person = doc.people[mention.person as number];
        const name = named(mention);
        return remember({ name, actor: person?.actor ?? mention.code, start: mention.start, end: mention.end }, mention.firstToken, !isCompany(name), ranges);
      }
    }
    if (head.first === head.last && tokens[head.first].pos === 'PRON') {
      const token = tokens[head.first];
      const where = span(head);
      // "The military said … It said …": an organisation that has just spoken is what "it" speaks for, whatever
      // country was named in between.
      const group = GROUP_PRONOUN.has(token.lower) ? groups.filter((candidate) => candidate.token < at).pop() : undefined;
      if (group && context.paragraphOf[group.token] >= context.paragraphOf[head.first] - 1) return { name: group.name, actor: group.actor, ...where };
      const mention = context.mentionAt[head.first];
      if (mention >= 0) return { name: named(doc.mentions[mention]), actor: doc.mentions[mention].code, ...where };
      if (PERSON_PRONOUN.has(token.lower)) {
        const candidate = lastPerson(at);
        if (candidate) return { name: candidate.name, actor: candidate.actor, ...where };
        return { name: describedSubject(context, at) ?? token.text, actor: null, ...where };
      }
      if (group) return { name: group.name, actor: group.actor, ...where };
      return { name: token.text, actor: null, ...where };
    }
    // A person's name anywhere in the subject comes before a group's: "A senior Hamas official, Sami Abu Zuhri".
    const runs = cores.map((range) => nameRunIn(context, range));
    const run = runs.find((found) => found?.person) ?? runs.find((found) => found);
    if (run) {
      if (!run.person) {
        // "A senior Hamas official": the group as the text describes it.
        const where = span({ first: modifiersBefore(context, run.range.first), last: run.range.last });
        return remember({ name: text.slice(where.start, where.end), actor: run.actor, ...where }, run.range.first, false);
      }
      const where = span(run.range);
      const full = run.range.first === run.range.last ? fullName(run.name, at) : null;
      return remember({ name: full?.name ?? withoutTitles(context, run.name), actor: full?.actor ?? null, ...where }, run.range.first, true, ranges);
    }
    // "the company", "the ministry": the organisation that spoke last, when it is one of that kind.
    const kind = groupDescription(context, head);
    if (kind) {
      const group = groups.filter((candidate) => candidate.token < at && (GENERIC_GROUP.has(kind) || lastWord(candidate.name) === kind)).pop();
      if (group) return { name: group.name, actor: group.actor, ...span(head) };
    }
    const description = personDescription(context, head);
    if (description) {
      const titled = description.words.length > 0 ? lastTitled(at, description.words) : null;
      const candidate = titled ?? (description.anyone ? lastPerson(at) : null);
      if (candidate) return { name: candidate.name, actor: candidate.actor, ...span(head) };
    }
    for (const [i, range] of ranges.entries()) {
      const index = actorMentionIn(context, range);
      if (index < 0) continue;
      const mention = doc.mentions[index];
      // "China's foreign ministry": the country owns the speaker; the speaker is the whole group.
      if (mention.lastToken < cores[i].last) {
        const where = span(cores[i]);
        return remember({ name: text.slice(where.start, where.end), actor: mention.code, ...where }, cores[i].first, false);
      }
      // "an official in the foreign ministry", "a spokeswoman for the charity": someone who speaks for the
      // actor, named as the text describes them, with the actor's code; "the health ministry in the Hamas-run
      // territory": a body the actor runs, named in full.
      if (mention.firstToken > cores[i].last) {
        const speaksFor = context.cues.personNouns.has(tokens[cores[i].last].lower);
        const where = span({ first: range.first, last: speaksFor ? mention.lastToken : range.last });
        return remember({ name: text.slice(where.start, where.end), actor: mention.code, ...where }, range.first, isSomeone(context, range));
      }
      if (REFERENCE.has(mention.via)) {
        return remember({ name: writtenGroup(context, mention), actor: mention.code, start: mention.start, end: mention.end }, mention.firstToken, false);
      }
      // "a senior EU diplomat", "the Russian defence ministry": the words before the name describe it too.
      const where = span({ first: modifiersBefore(context, mention.firstToken), last: mention.lastToken });
      return remember({ name: text.slice(where.start, where.end), actor: mention.code, ...where }, mention.firstToken, false);
    }
    const where = span(head);
    return remember({ name: text.slice(where.start, where.end), actor: null, ...where }, head.first, isSomeone(context, head) || isOnePerson(context, head));
  };

  const resolveAndNote = (subject: Subject | null, at: number): Speaker | null => {
    const speaker = resolve(subject, at);
    if (speaker) spoken.push({ speaker, at });
    return speaker;
  };

  const nearestPerson = (at: number): Speaker | null => {
    const candidate = lastPerson(at);
    return candidate ? { name: candidate.name, actor: candidate.actor, start: candidate.start, end: candidate.end } : null;
  };

  return { resolve: resolveAndNote, nearestPerson };
}

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'into', 'throughout', 'around']);

/** People named in the text, before any quote is read: person mentions, and names standing as subjects. */
function staticCandidates(context: Context): Candidate[] {
  const { doc, tokens } = context;
  const candidates: Candidate[] = [];
  const named = personNames(context);
  for (const mention of doc.mentions) {
    if (mention.person === null || mention.via === 'pronoun') continue;
    const person = doc.people[mention.person];
    const name = named(mention);
    if (isCompany(name)) continue;
    candidates.push({
      name,
      actor: person?.actor ?? mention.code,
      token: mention.firstToken,
      start: mention.start,
      end: mention.end,
      subject: isSubjectPosition(context, mention.firstToken, mention.lastToken),
      titles: titlesAround(context, mention.firstToken, mention.lastToken, person?.role ?? null),
    });
  }
  for (const run of nameRuns(context, 0, tokens.length - 1)) {
    if (!run.person || context.mentionAt[run.range.last] >= 0) continue;
    // "the hospital in Tartu": a name after a preposition of place is a place; "Monday" is a day; a lone
    // capitalised word opening a sentence ("Visitors found …") is as often no name at all.
    const { first, last } = run.range;
    if (first > 0 && LOCATIVE.has(tokens[first - 1].lower)) continue;
    if (first === last && (isDayWord(tokens[first].lower) || first === 0 || tokens[first - 1].sentence !== tokens[first].sentence)) continue;
    candidates.push({
      name: run.name,
      actor: null,
      token: first,
      start: tokens[first].start,
      end: tokens[last].end,
      subject: isSubjectPosition(context, first, last),
      titles: titlesAround(context, first, last, null),
    });
  }
  return candidates;
}

/**
 * The name a mention gives its speaker: for a person, the longest name the text gives them anywhere (see
 * names.ts), titles cut; for anything else the mention's own name.
 */
function personNames(context: Context): (mention: ActorMention) => string {
  const { doc } = context;
  const best = new Map<number, string>();
  for (const mention of doc.mentions) {
    if (mention.person === null || mention.via !== 'person') continue;
    const person = doc.people[mention.person];
    const name = writtenName(context, mention, person?.name ?? mention.name);
    if (name.length > (best.get(mention.person)?.length ?? 0)) best.set(mention.person, name);
  }
  return (mention) => {
    if (mention.person === null) return writtenGroup(context, mention);
    return best.get(mention.person) ?? withoutTitles(context, doc.people[mention.person]?.name ?? mention.name);
  };
}

/** The first of the articles, adjectives and numbers right before token `first` ("a senior", "two"). */
function modifiersBefore(context: Context, first: number): number {
  const { tokens } = context;
  let t = first;
  while (t > 0 && tokens[t - 1].sentence === tokens[first].sentence && MODIFIER.has(tokens[t - 1].pos) && context.spanOf[t - 1] < 0) t--;
  return t;
}

const MODIFIER = new Set(['DET', 'ADJ', 'NUM']);

/** Mentions that point back to an actor named earlier rather than name it. */
const REFERENCE = new Set(['pronoun', 'possessive', 'description']);

/**
 * An organisation as the text names it ("Pakistan's military", "the Joint Chiefs of Staff"), not as the
 * dictionary does ("Pakistan", "Pentagon"); "it" and "the ministry" take the name last written for their actor.
 */
function writtenGroup(context: Context, mention: ActorMention): string {
  if (!REFERENCE.has(mention.via)) return mention.text;
  let name = mention.name;
  for (const earlier of context.doc.mentions) {
    if (earlier.firstToken >= mention.firstToken) break;
    if (earlier.code === mention.code && earlier.person === null && !REFERENCE.has(earlier.via)) name = earlier.text;
  }
  return name;
}

const COMPANY_SUFFIX = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'group', 'holdings']);

/** "Apple Inc", "Rio Tinto plc": a company, though named like a person. */
function isCompany(name: string): boolean {
  return COMPANY_SUFFIX.has(lastWord(name).replace(/\.$/, ''));
}

/** A name in the text; `person` false for groups ("United Nations monitors", "Russian Foreign Ministry"). */
type NameRun = { range: Range; name: string; person: boolean; actor: string | null };

/** The last name in a range: a run of capitalised proper nouns, titles cut ("Foreign Minister Ana Ruiz"). */
function nameRunIn(context: Context, range: Range): NameRun | null {
  // A name the actors stage recognised is taken from its mention instead.
  const runs = nameRuns(context, range.first, range.last).filter((run) => context.mentionAt[run.range.last] < 0);
  return runs.length > 0 ? runs[runs.length - 1] : null;
}

function nameRuns(context: Context, first: number, last: number): NameRun[] {
  const { tokens, text, cues } = context;
  const isName = (t: number): boolean => isNameWord(context, t);
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
    let nameStart = start;
    for (let k = start; k < end; k++) {
      if (cues.personNouns.has(tokens[k].lower)) nameStart = k + 1;
    }
    // "Officials said": a capitalised title alone is not a name; nor is "the Dutchman".
    if (nameStart === end && cues.personNouns.has(tokens[end].lower)) continue;
    if (nameStart === end && start === end && start > 0 && tokens[start - 1].lower === 'the' && NATIONAL.test(tokens[end].text)) continue;
    // A name followed by a common noun modifies it: "United Nations monitors" is a group, not a person. A name
    // after a title is a person whatever follows (the tagger reads "Professor Ines Carvalho studies" as nouns).
    let head = end;
    if (nameStart === start) {
      while (head + 1 <= last && tokens[head + 1].pos === 'NOUN' && !CAPITAL.test(tokens[head + 1].text)) head++;
    }
    if (head > end) {
      runs.push({ range: { first: start, last: head }, name: text.slice(tokens[start].start, tokens[head].end), person: false, actor: modifierActor(context, start, head) });
      continue;
    }
    // "Russian Foreign Ministry": a country word opening a name makes it that country's body, not a person.
    const actor = modifierActor(context, nameStart, end);
    const name = text.slice(tokens[nameStart].start, tokens[end].end);
    runs.push({ range: { first: nameStart, last: end }, name, person: actor === null && !isCompany(name), actor });
  }
  return runs;
}

/** The code of an actor mention inside a name but not at its end ("Russian" in "Russian Foreign Ministry"). */
function modifierActor(context: Context, first: number, last: number): string | null {
  for (let t = first; t < last; t++) {
    const index = context.mentionAt[t];
    if (index >= 0 && context.doc.mentions[index].lastToken < last) return context.doc.mentions[index].code;
  }
  return null;
}

/** The rightmost person mention in a range that is not an owner ("his lawyer", "Smith's aide"), or -1. */
function personMentionIn(context: Context, range: Range): number {
  const { tokens } = context;
  let found = -1;
  for (let t = range.first; t <= range.last; t++) {
    const index = context.mentionAt[t];
    if (index < 0 || context.doc.mentions[index].person === null) continue;
    const mention = context.doc.mentions[index];
    const owner =
      mention.lastToken < range.last &&
      (isPossessivePart(tokens[mention.lastToken + 1]) || (tokens[mention.lastToken].pos === 'PRON' && POSSESSIVE_PRONOUN.has(tokens[mention.lastToken].lower)));
    if (!owner) found = index;
  }
  return found;
}

/** Words that describe a person named at first..last: titles before the name, an apposition after, a role. */
function titlesAround(context: Context, first: number, last: number, role: string | null): Set<string> {
  const { tokens } = context;
  const titles = new Set<string>();
  for (let t = first; t <= last; t++) titles.add(tokens[t].lower);
  for (let t = first - 1; t >= 0 && first - t <= 4 && /^(NOUN|PROPN|ADJ)$/.test(tokens[t].pos); t--) titles.add(tokens[t].lower);
  if (last + 1 < tokens.length && tokens[last + 1].text === ',') {
    for (let t = last + 2; t < tokens.length && t - last <= 12 && !/^[,.;:!?]$/.test(tokens[t].text); t++) titles.add(tokens[t].lower);
  }
  if (role) for (const word of role.toLowerCase().split(/\s+/)) titles.add(word);
  return titles;
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

/** The group up to its first preposition, keeping those inside names ("Ministry of External Affairs"). */
function core(context: Context, range: Range): Range {
  const { tokens } = context;
  for (let t = range.first + 1; t <= range.last; t++) {
    if (tokens[t].pos !== 'ADP') continue;
    const inName = CAPITAL.test(tokens[t - 1].text) && t + 1 <= range.last && CAPITAL.test(tokens[t + 1].text) && NAME_JOINER.has(tokens[t].lower);
    if (!inName) return { first: range.first, last: t - 1 };
  }
  return range;
}

/** "the minister", "its director": one person, described; not an organisation "the company" could be. */
function isOnePerson(context: Context, range: Range): boolean {
  const head = context.tokens[core(context, range).last];
  return context.cues.personNouns.has(head.lower) && head.lower === head.lemma;
}

/** "a spokesperson for the airline", "one trader": a single unnamed person a later "he" or "she" can point to. */
function isSomeone(context: Context, range: Range): boolean {
  const { tokens } = context;
  const first = tokens[range.first].lower;
  if (first !== 'a' && first !== 'an' && first !== 'one') return false;
  const head = core(context, range).last;
  return tokens[head].pos === 'NOUN' && tokens[head].lemma === tokens[head].lower;
}

/** Words for any organisation: "the company" may be "Apple Inc", where "the ministry" must be a ministry. */
const GENERIC_GROUP = new Set(['company', 'firm', 'group', 'organisation', 'organization', 'carrier', 'lender', 'insurer', 'retailer', 'airline']);
const GROUP_NOUN = new Set([...GENERIC_GROUP, 'ministry', 'agency', 'bank', 'department', 'office', 'party', 'union', 'council', 'commission', 'court', 'army', 'military', 'police', 'government', 'committee', 'movement', 'alliance', 'coalition', 'authority', 'regulator', 'board', 'embassy']);

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/** "the company", "the defence ministry": a definite description of an organisation; returns its head noun. */
function groupDescription(context: Context, range: Range): string | null {
  const { tokens } = context;
  if (tokens[range.first].lower !== 'the') return null;
  const last = core(context, range).last;
  for (let t = range.first + 1; t <= last; t++) if (tokens[t].pos === 'PROPN' || context.mentionAt[t] >= 0) return null;
  const head = tokens[last].lower;
  return GROUP_NOUN.has(head) ? head : null;
}

/**
 * "The coach was blunt. … he said": with no one named, a pronoun is the person a sentence before it opened with
 * ("the coach"), in this paragraph or the two before (a quote over paragraphs stands between).
 */
function describedSubject(context: Context, at: number): string | null {
  const { tokens, doc, text } = context;
  const floor = context.paragraphOf[at] - 2;
  for (let s = tokens[at].sentence; s >= 0; s--) {
    const sentence = doc.sentences[s];
    if (context.paragraphOf[sentence.firstToken] < floor) break;
    const group = groupStartingAt(context, sentence.firstToken, Math.min(sentence.lastToken, at - 1));
    if (group && personDescription(context, core(context, group))) return text.slice(tokens[group.first].start, tokens[core(context, group).last].end);
  }
  return null;
}

const NATIONAL = /^(\p{Lu}\p{Ll}+(man|woman)|Briton|Spaniard|Scot|Swede|Dane|Finn|Pole|Turk)$/u;

/** Descriptions that fit whoever was named last, titled so or not: "the star", "the mother-of-two". */
const ANYONE = new Set(['star', 'celebrity', 'man', 'woman', 'mother', 'father', 'mum', 'dad', 'boy', 'girl']);

/**
 * "the prime minister", "the star", "the 31-year-old": a definite description whose head is a kind of person.
 * `words` must all describe the person it points back to; when `anyone`, the last person named will do.
 */
function personDescription(context: Context, range: Range): { words: string[]; anyone: boolean } | null {
  const { tokens, cues } = context;
  if (tokens[range.first].lower !== 'the') return null;
  const words: string[] = [];
  let head = -1;
  for (let t = range.first + 1; t <= range.last; t++) {
    if (tokens[t].pos === 'ADP' || tokens[t].text === ',') break;
    // "the Dutchman", "the Briton": a nationality standing for the person named last.
    if (CAPITAL.test(tokens[t].text) && t === range.last && NATIONAL.test(tokens[t].text)) return { words: [], anyone: true };
    if (tokens[t].pos === 'PROPN') return null;
    if (tokens[t].lower === 'old' && tokens[t - 1].text === '-' && tokens[t - 2]?.lower === 'year') return { words: [], anyone: true };
    if (tokens[t].pos === 'NOUN' || tokens[t].pos === 'ADJ') words.push(tokens[t].lower);
    if (tokens[t].pos === 'NOUN') head = t;
  }
  if (head < 0) return null;
  const noun = tokens[head].lower;
  if (ANYONE.has(noun)) return { words, anyone: true };
  return cues.personNouns.has(noun) ? { words, anyone: false } : null;
}

/** "The statement", "the letter": a speech noun with a definite article and no owner. */
function isBareSpeechNoun(context: Context, range: Range): boolean {
  const { tokens } = context;
  const first = tokens[range.first].lower;
  if (first !== 'the' && first !== 'this' && first !== 'that') return false;
  const last = core(context, range).last;
  return context.cueAt[last]?.cue.pos === 'noun';
}

/** "A statement from the ministry", "the ministry's statement": who made the statement. */
function speechNounOwner(context: Context, range: Range): Range | null {
  const { tokens } = context;
  for (let t = range.first; t <= range.last; t++) {
    const match = context.cueAt[t];
    if (match?.cue.pos !== 'noun') continue;
    // "a statement from the ministry", "a report published on Tuesday by the World Bank"
    for (let next = t + 1; next < range.last; next++) {
      const word = tokens[next].lower;
      if (word === 'from' || word === 'by' || (word === 'of' && next === t + 1)) return { first: next + 1, last: range.last };
    }
    if (t - 2 >= range.first && isPossessivePart(tokens[t - 1])) return { first: range.first, last: t - 2 };
  }
  return null;
}

const GROUP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

function opensSentenceGroup(token: Token): boolean {
  return GROUP_TAGS.has(token.pos) || token.text === ',' || isPossessivePart(token);
}

/**
 * A name stands as a subject when it opens its sentence ("Professor Ines Carvalho studies …", "Kenya's finance
 * minister, Peter Odhiambo, said") or a verb follows it, perhaps after an apposition ("Smith, 45, said").
 */
function isSubjectPosition(context: Context, first: number, last: number): boolean {
  const { tokens } = context;
  const sentence = tokens[first].sentence;
  let before = first - 1;
  while (before >= 0 && tokens[before].sentence === sentence && opensSentenceGroup(tokens[before])) before--;
  if (before < 0 || tokens[before].sentence !== sentence) return true;
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
