// What fills a slot: one actor, a list of actors ("Australia, New Zealand and Japan"), a collective phrase that
// points back to a list just named ("the 4 countries of the Indo Pacific region"), or a body described by a noun
// ("the mega alliance") that the actor layer left unresolved, read as the body last named.
import type { ActorMention, Doc, Token } from '../doc.ts';

export type Group = {
  codes: string[];
  first: number;
  last: number;
  how: 'named' | 'collective' | 'described';
};

const JOINERS = new Set([',', 'and', '&']);
const REPEATED_PREPOSITIONS = new Set(['of', 'with', 'to', 'in', 'into', 'from', 'at']);
const MODIFIER_PARTICIPLES = new Set(['led', 'backed', 'based', 'dominated', 'sponsored', 'allied', 'aligned', 'brokered']);
const COLLECTIVE_NOUNS = new Set(['country', 'nation', 'state', 'government', 'democracy', 'economy', 'power', 'member']);
const COLLECTIVE_DETERMINERS = new Set(['the', 'these', 'those', 'both', 'all', 'its', 'their']);
const BODY_NOUNS = new Set([
  'alliance', 'bloc', 'grouping', 'group', 'organisation', 'organization', 'union', 'pact', 'club', 'community',
  'association', 'forum', 'cartel', 'coalition', 'commonwealth', 'league', 'council',
]);
const BODY_DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'our']);
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  both: 2, dozen: 12,
};
const APPROXIMATORS = new Set(['some', 'about', 'around', 'nearly', 'almost', 'over', 'roughly', 'approximately', 'just', 'exactly', 'only']);

export type Context = {
  doc: Doc;
  /** The actor mentions a relation can name, by their first token; people and unknown codes are left out. */
  mentions: Map<number, ActorMention>;
  /** Tokens inside time expressions ("on 4 April 2023"), which a wording may step over. */
  times: ReadonlySet<number>;
  /** Body mentions in text order (end offset, code), for "the alliance" read as the body last named. */
  bodies: Array<{ end: number; code: string }>;
  /** Slot fillers already worked out, by start token and limit. */
  memo: Map<number, Group[]>;
};

export function relationContext(doc: Doc): Context {
  const mentions = new Map<number, ActorMention>();
  const bodies: Array<{ end: number; code: string }> = [];
  for (const mention of doc.mentions) {
    if (mention.code === null || mention.kind === 'person' || mention.kind === 'agent') continue;
    if (!mentions.has(mention.firstToken)) mentions.set(mention.firstToken, mention);
    if (mention.code.startsWith('IGO')) bodies.push({ end: mention.end, code: mention.code });
  }
  bodies.sort((a, b) => a.end - b.end);
  const times = new Set<number>();
  for (const time of doc.times) for (let t = time.firstToken; t <= time.lastToken; t++) times.add(t);
  return { doc, mentions, times, bodies, memo: new Map() };
}

/** A country's relations are its state's: the role part of a code ("RUSGOV" for "Moscow") is dropped. */
export function relationCode(mention: ActorMention): string {
  return mention.kind === 'country' && mention.code !== null ? mention.code.slice(0, 3) : (mention.code ?? '');
}

/** A number at `i` ("40", "forty", "thirty-one", "some 40"): its value and the last token it spans. */
export function numberAt(tokens: Token[], i: number, limit: number): { value: number; last: number } | null {
  let at = i;
  if (at <= limit && APPROXIMATORS.has(tokens[at].lower)) at++;
  if (at + 1 <= limit && (tokens[at].lower === 'more' || tokens[at].lower === 'fewer' || tokens[at].lower === 'less') && tokens[at + 1].lower === 'than') at += 2;
  if (at + 1 <= limit && tokens[at].lower === 'at' && (tokens[at + 1].lower === 'least' || tokens[at + 1].lower === 'most')) at += 2;
  if (at > limit) return null;
  const digits = tokens[at].text.replace(/,/g, '');
  if (/^\d+$/.test(digits)) return { value: Number(digits), last: at };
  const word = NUMBER_WORDS[tokens[at].lower];
  if (word === undefined || tokens[at].lower === 'both') return null;
  if (word >= 20 && at + 2 <= limit && tokens[at + 1].text === '-' && NUMBER_WORDS[tokens[at + 2].lower] !== undefined && NUMBER_WORDS[tokens[at + 2].lower] < 10) {
    return { value: word + NUMBER_WORDS[tokens[at + 2].lower], last: at + 2 };
  }
  return { value: word, last: at };
}

/**
 * The slot fillers starting at token `i` (no later than `limit`): a list of actors and then each shorter list
 * it begins with ("Finland, NATO's newest member": the list "Finland, NATO" first, then "Finland"), or a
 * collective or described body.
 */
export function groupsAt(context: Context, i: number, limit: number): Group[] {
  const key = i * 2 ** 21 + limit;
  const known = context.memo.get(key);
  if (known) return known;
  const named = namedGroupAt(context, i, limit);
  const other = named ? null : (collectiveAt(context, i, limit) ?? describedBodyAt(context, i, limit));
  const groups = named ?? (other ? [other] : []);
  context.memo.set(key, groups);
  return groups;
}

function namedGroupAt(context: Context, i: number, limit: number): Group[] | null {
  const { tokens } = context.doc;
  let at = i;
  if (at <= limit && tokens[at].lower === 'the' && !context.mentions.has(at)) at++;
  const prefixes: Group[] = [];
  const codes: string[] = [];
  let mention = context.mentions.get(at);
  while (mention && mention.lastToken <= limit) {
    const after = mention.lastToken + 1;
    // "the Russian-led CSTO": the first mention only qualifies the next one.
    if (after + 1 <= limit && tokens[after].text === '-' && MODIFIER_PARTICIPLES.has(tokens[after + 1].lower)) {
      at = after + 2;
      mention = context.mentions.get(at);
      continue;
    }
    const code = relationCode(mention);
    if (!codes.includes(code)) codes.push(code);
    prefixes.push({ codes: [...codes], first: i, last: mention.lastToken, how: 'named' });
    const next = joinedMentionAfter(context, after, limit);
    if (next === null) break;
    at = next;
    mention = context.mentions.get(at);
  }
  return prefixes.length > 0 ? prefixes.reverse() : null;
}

/** After one actor of a list: ", and the", "as well as", "and of": the next actor's first token, or null. */
function joinedMentionAfter(context: Context, at: number, limit: number): number | null {
  const { tokens } = context.doc;
  let j = at;
  let joined = false;
  while (j <= limit && JOINERS.has(tokens[j].lower)) {
    joined = true;
    j++;
  }
  if (!joined && j + 2 <= limit && tokens[j].lower === 'as' && tokens[j + 1].lower === 'well' && tokens[j + 2].lower === 'as') {
    joined = true;
    j += 3;
  }
  if (!joined) return null;
  if (j <= limit && REPEATED_PREPOSITIONS.has(tokens[j].lower) && !context.mentions.has(j)) j++;
  if (j <= limit && tokens[j].lower === 'the' && !context.mentions.has(j)) j++;
  return j <= limit && context.mentions.has(j) ? j : null;
}

/** "the 4 countries (of the Indo Pacific region)", "both nations", "these states": the list named just before. */
function collectiveAt(context: Context, i: number, limit: number): Group | null {
  const { tokens } = context.doc;
  let at = i;
  let determiner = false;
  let wanted: number | null = null;
  if (at <= limit && COLLECTIVE_DETERMINERS.has(tokens[at].lower)) {
    determiner = true;
    if (tokens[at].lower === 'both') wanted = 2;
    at++;
  }
  const number = at <= limit ? numberAt(tokens, at, limit) : null;
  if (number) {
    wanted = number.value;
    at = number.last + 1;
  }
  if (at > limit || (!determiner && wanted === null)) return null;
  const noun = tokens[at];
  const plural = noun.lower !== noun.lemma.toLowerCase() || /s$/.test(noun.lower);
  if (!COLLECTIVE_NOUNS.has(noun.lemma.toLowerCase()) || !plural || context.mentions.has(at)) return null;
  let last = at;
  // "of the Indo Pacific region", "in the region": a place that narrows the phrase, not an actor of its own.
  if (last + 2 <= limit && ['of', 'in', 'from'].includes(tokens[last + 1].lower)) {
    let j = last + 2;
    if (tokens[j].lower === 'the') j++;
    let end = -1;
    for (let k = j; k <= Math.min(limit, j + 4); k++) {
      if (context.mentions.has(k) || !['PROPN', 'NOUN', 'ADJ'].includes(tokens[k].pos)) break;
      end = k;
    }
    if (end >= j) last = end;
  }
  const codes = antecedentList(context, i, wanted);
  return codes ? { codes, first: i, last, how: 'collective' } : null;
}

/** The most recent list of states named before token `before` (this sentence and the three before it). */
function antecedentList(context: Context, before: number, wanted: number | null): string[] | null {
  const { tokens, sentences } = context.doc;
  const sentence = tokens[before].sentence;
  for (let s = sentence; s >= Math.max(0, sentence - 3); s--) {
    const { firstToken, lastToken } = sentences[s];
    const end = s === sentence ? before - 1 : lastToken;
    const lists: string[][] = [];
    let t = firstToken;
    while (t <= end) {
      const group = context.mentions.has(t) ? (namedGroupAt(context, t, end)?.[0] ?? null) : null;
      if (group) {
        const states = group.codes.filter((code) => !code.startsWith('IGO'));
        if (states.length > 0) lists.push(states);
        t = group.last + 1;
      } else t++;
    }
    for (let k = lists.length - 1; k >= 0; k--) {
      const list = lists[k];
      if (wanted === null ? list.length >= 2 : list.length === wanted) return list;
    }
  }
  return null;
}

/** "the mega alliance", "the bloc": a body the actor layer did not resolve, read as the body last named. */
function describedBodyAt(context: Context, i: number, limit: number): Group | null {
  const { tokens } = context.doc;
  if (i > limit || !BODY_DETERMINERS.has(tokens[i].lower)) return null;
  for (let k = i + 1; k <= Math.min(limit, i + 4); k++) {
    if (context.mentions.has(k)) return null;
    if (BODY_NOUNS.has(tokens[k].lemma.toLowerCase())) {
      const next = tokens[k + 1];
      if (k < limit && next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.lower === 'of')) return null;
      const body = latestBody(context, tokens[i].start) ?? nextBodyInSentence(context, k + 1);
      return body ? { codes: [body], first: i, last: k, how: 'described' } : null;
    }
    if (!['ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM'].includes(tokens[k].pos) && tokens[k].text !== '-') return null;
  }
  return null;
}

/** The body named last before `offset` (binary search over the body mentions in text order). */
function latestBody(context: Context, offset: number): string | null {
  const { bodies } = context;
  let low = 0;
  let high = bodies.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (bodies[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? bodies[low - 1].code : null;
}

/** "Montenegro became the alliance's 29th member, joining NATO": a description may name a body before the name. */
function nextBodyInSentence(context: Context, from: number): string | null {
  const { tokens, sentences } = context.doc;
  const last = sentences[tokens[from - 1].sentence].lastToken;
  for (let t = from; t <= last; t++) {
    const code = context.mentions.get(t)?.code;
    if (code?.startsWith('IGO')) return code;
  }
  return null;
}
