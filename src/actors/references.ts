// What later mentions point to: a surname ("Smith") to the person named in full before, a pronoun ("she",
// "it", "them") to the nearest fitting antecedent, "that country" to the last country named.
import type { ActorMention, Doc, Person, Token } from '../doc.ts';
import { matchAt, normaliseName } from '../lexicon/gazetteer.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { ActorLayer } from './index.ts';
import { LOCATIVE_PREPOSITIONS } from '../nlp/prepositions.ts';
import { isPossessiveMark, SPEECH_PARTICIPLES } from '../nlp/words.ts';

const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);
const SINGULAR_THING = new Set(['it', 'its']);
const PLURAL = new Set(['they', 'them', 'their']);
/** Possessives point to their owner but name no one who acts ("its claim"): events skip them. */
const POSSESSIVE = new Set(['his', 'its', 'their']);
const COUNTRY_DESCRIPTION = new Set(['country', 'nation', 'state']);
/** "the group", "the organisation": the last non-state actor named (a body, an armed group, a party). */
const BODY_DESCRIPTION = new Set(['group', 'movement', 'organisation', 'organization', 'body', 'militants', 'faction']);
const DEMONSTRATIVE = new Set(['that', 'the', 'this']);
/** Pronouns that stand as objects; they cannot mean the subject of their own verb ("Japan to attend it"). */
const OBJECT = new Set(['it', 'them', 'him', 'her']);
const COORDINATION = new Set([',', 'and', 'or']);
const FAMILY_FIRST = /^(CHN|TWN|HKG|MAC|KOR|PRK)/;

export function resolveReferences(doc: Doc, mentions: ActorMention[], people: Person[], lexicon?: Lexicon): ActorLayer {
  const { tokens, text } = doc;
  const surnames = new Map<string, number>();
  people.forEach((person, index) => {
    const words = person.name.split(/\s+/);
    if (words.length < 2) return;
    surnames.set(words[words.length - 1], index);
    // Chinese and Korean names put the family name first: "Wang Yi" is later "Wang".
    if (person.actor && FAMILY_FIRST.test(person.actor)) surnames.set(words[0], index);
  });
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let t = m.firstToken; t <= m.lastToken; t++) covered[t] = 1;

  const out: ActorMention[] = [];
  let next = 0;
  let lastPerson: ActorMention | null = null;
  let lastThing: ActorMention | null = null;
  let lastCountry: ActorMention | null = null;
  const remember = (m: ActorMention): void => {
    out.push(m);
    if (m.kind === 'person') lastPerson = m;
    else {
      lastThing = m;
      if (m.kind === 'country') lastCountry = m;
    }
  };
  const refer = (first: number, last: number, to: ActorMention, via: string, code = to.code): ActorMention => {
    const start = tokens[first].start;
    const end = tokens[last].end;
    const m: ActorMention = { ...to, code, start, end, text: text.slice(start, end), firstToken: first, lastToken: last, via, rule: `coref:${via}` };
    if (to.person !== null) people[to.person].mentions.push({ start, end, text: m.text });
    return m;
  };

  for (let t = 0; t < tokens.length; t++) {
    while (next < mentions.length && mentions[next].firstToken <= t) remember(mentions[next++]);
    if (covered[t]) continue;
    const token = tokens[t];
    const surname = token.pos === 'PROPN' ? surnames.get(token.text) : undefined;
    if (surname !== undefined) {
      const antecedent = [...out].reverse().find((m) => m.person === surname);
      if (antecedent) remember(refer(t, t, antecedent, 'surname'));
      continue;
    }
    // "the State of Palestine" is a name, not a description.
    if (DEMONSTRATIVE.has(token.lower) && t + 1 < tokens.length && COUNTRY_DESCRIPTION.has(tokens[t + 1].lower) && tokens[t + 2]?.lower !== 'of' && lastCountry) {
      // "that country" is the country itself, though last named with a role ("Vietnamese officials").
      const country: ActorMention = lastCountry;
      remember(refer(t, t + 1, country, 'description', country.code?.slice(0, 3) ?? null));
      t++;
      continue;
    }
    if (token.lower === 'the' && t + 1 < tokens.length && BODY_DESCRIPTION.has(tokens[t + 1].lower) && !/^(NOUN|PROPN)$/.test(tokens[t + 2]?.pos ?? '')) {
      const body = [...out].reverse().find((m) => m.kind === 'igo' || m.kind === 'ngo' || m.kind === 'group');
      if (body) {
        remember(refer(t, t + 1, body, 'description'));
        t++;
        continue;
      }
    }
    const pair = pairReference(tokens, t);
    const partners = pair ? lastPair(tokens, out, t) : null;
    if (pair && partners) {
      for (const partner of partners) remember(refer(t, pair.last, partner, 'pair', pair.countries ? (partner.code?.slice(0, 3) ?? null) : partner.code));
      t = pair.last;
      continue;
    }
    const office = token.lower === 'the' && lexicon ? officeHolder(doc, lexicon, t, out, people) : null;
    if (office) {
      remember(refer(t, office.last, office.holder, 'description'));
      t = office.last;
      continue;
    }
    if (token.pos !== 'PRON' && token.pos !== 'DET') continue;
    const via = POSSESSIVE.has(token.lower) || (token.lower === 'her' && /^(NOUN|ADJ|PROPN)$/.test(tokens[t + 1]?.pos ?? '')) ? 'possessive' : 'pronoun';
    const objectPronoun = via === 'pronoun' && OBJECT.has(token.lower);
    const subject = via === 'pronoun' && SUBJECT_THING.has(token.lower) && impliesMainSubject(tokens, t) ? mainSubject(tokens, out, t) : null;
    // ", accusing them of smuggling": the object of a participle after a comma is not the sentence's subject.
    const participle = objectPronoun && tokens[t - 1]?.lower.endsWith('ing') && tokens[t - 2]?.text === ',';
    const unbound = participle ? (mainSubject(tokens, out, t)?.code ?? null) : null;
    const thing = subject ?? (lastThing ? antecedentThing(tokens, out, t, objectPronoun, SINGULAR_THING.has(token.lower), unbound) : null);
    if (PERSONAL.has(token.lower) && lastPerson) remember(refer(t, t, lastPerson, via));
    else if (SINGULAR_THING.has(token.lower) && thing && isSubjectOrObject(tokens, t)) remember(refer(t, t, thing, via));
    else if (PLURAL.has(token.lower) && thing) remember(refer(t, t, thing, via));
  }
  while (next < mentions.length) remember(mentions[next++]);
  return { mentions: out, people };
}

const SUBJECT_THING = new Set(['it', 'they']);

/**
 * Where a subject pronoun can only be the sentence's subject: in a participle's complement (", saying it
 * wanted to help") and as the subject of a relative clause on an object ("two Chinese companies it accused").
 */
function impliesMainSubject(tokens: Token[], t: number): boolean {
  const before = tokens[t - 1];
  const after = tokens[t + 1];
  if (!before || !after || before.sentence !== tokens[t].sentence || !/^(VERB|AUX)$/.test(after.pos)) return false;
  const participle = before.lower === 'that' ? tokens[t - 2] : before;
  if (participle && SPEECH_PARTICIPLES.has(participle.lower) && tokens[t - (before.lower === 'that' ? 3 : 2)]?.text === ',') return true;
  return before.pos === 'NOUN';
}

/** The actor (not a person) that is the subject of the sentence's first clause: named before its first verb. */
function mainSubject(tokens: Token[], out: ActorMention[], t: number): ActorMention | null {
  const sentence = tokens[t].sentence;
  let firstVerb = t;
  for (let i = t - 1; i >= 0 && tokens[i].sentence === sentence; i--) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') firstVerb = i;
  // "Iran's Revolutionary Guards": the owner before "'s" is the subject only when what it owns names no actor.
  let owner: ActorMention | null = null;
  for (const m of out) {
    if (tokens[m.firstToken].sentence !== sentence || m.lastToken >= firstVerb) continue;
    if (m.kind === 'person' || m.via === 'possessive' || isNounModifier(tokens, m)) continue;
    const before = tokens[m.firstToken - 1];
    if (before?.sentence === sentence && before.pos === 'ADP') continue;
    if (!isPossessiveMark(tokens[m.lastToken + 1])) return m;
    owner ??= m;
  }
  return owner;
}

/** "the two leaders", "both sides": nouns that name the two parties last named. */
const PAIR_NOUNS = new Set(['leaders', 'presidents', 'sides', 'countries', 'nations', 'governments', 'ministers', 'neighbours', 'neighbors', 'parties', 'delegations', 'premiers', 'states', 'armies', 'militaries', 'allies', 'rivals', 'capitals']);
const PAIR_COUNTRIES = new Set(['countries', 'nations', 'neighbours', 'neighbors', 'states', 'capitals', 'allies', 'rivals']);

/** "the two presidents", "the two foreign ministers", "both countries": where such a reference ends. */
function pairReference(tokens: Token[], t: number): { last: number; countries: boolean } | null {
  const opens = tokens[t].lower === 'both' ? 1 : tokens[t].lower === 'the' && tokens[t + 1]?.lower === 'two' ? 2 : 0;
  // "on both sides of the border", "sources on both sides": a place or a vantage, not the parties acting.
  if (opens === 0 || /^(on|from|along|across)$/.test(tokens[t - 1]?.lower ?? '')) return null;
  for (let last = t + opens; last <= t + opens + 1 && last < tokens.length; last++) {
    if (tokens[last].sentence !== tokens[t].sentence) return null;
    if (PAIR_NOUNS.has(tokens[last].lower)) return { last, countries: PAIR_COUNTRIES.has(tokens[last].lower) };
    if (!/^(ADJ|NOUN|PROPN)$/.test(tokens[last].pos)) return null;
  }
  return null;
}

/** The two parties named last, in this sentence or the one before: the latest two actors of different countries. */
function lastPair(tokens: Token[], out: ActorMention[], t: number): [ActorMention, ActorMention] | null {
  const sentence = tokens[t].sentence;
  let first: ActorMention | null = null;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (tokens[m.firstToken].sentence < sentence - 1) break;
    // "met in Singapore": where they met is no party; nor is "Turkish" in "Turkish-mediated talks".
    if (m.lastToken >= t || !m.code || m.via === 'possessive' || LOCATIVE_PREPOSITIONS.has(tokens[m.firstToken - 1]?.lower ?? '') || tokens[m.lastToken + 1]?.text === '-') continue;
    if (!first) first = m;
    else if (m.code.slice(0, 3) !== first.code?.slice(0, 3)) return [m, first];
  }
  return null;
}

/** "it" as a dummy subject ("it is likely that…") refers to nothing. */
function isSubjectOrObject(tokens: Doc['tokens'], t: number): boolean {
  const after = tokens[t + 1];
  return !(after && after.lemma === 'be' && tokens[t + 2] && (tokens[t + 2].pos === 'ADJ' || tokens[t + 2].lower === 'not'));
}

/**
 * The latest actor (not a person) a pronoun at `t` can mean. An actor that only modifies a noun ("a NATO
 * ministerial", "Chinese refineries" for "it") is passed over; so is, for an object pronoun, the subject of its own verb with everything
 * coordinated with it ("invited Australia and Japan to attend it": "it" is neither).
 */
function antecedentThing(tokens: Token[], out: ActorMention[], t: number, object: boolean, singular: boolean, unbound: string | null = null): ActorMention | null {
  let bound = object;
  let boundary = t;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m.kind === 'person' || m.lastToken >= t) continue;
    if (bound && tokens[m.lastToken].sentence === tokens[t].sentence && onlyBetween(tokens, m.lastToken + 1, boundary - 1, boundary === t)) {
      boundary = m.firstToken;
      continue;
    }
    bound = false;
    if (isNounModifier(tokens, m) || (unbound !== null && m.code?.slice(0, 3) === unbound.slice(0, 3))) continue;
    // "two Chinese refineries it accused": "it" is no adjective's country; "they" may be the refineries.
    if (singular && m.via === 'demonym' && /^(NOUN|ADJ)$/.test(tokens[m.lastToken + 1]?.pos ?? '')) continue;
    // "two Somali diplomats": a plural is no "it".
    if (singular && isPlural(tokens[m.lastToken])) continue;
    return m;
  }
  return null;
}

const isPlural = (token: Token): boolean => token.pos === 'NOUN' && token.lower !== token.lemma && token.lower.endsWith('s');

/** Tokens from `first` to `last` are only a verb group ("to attend"), or only coordination (", and"). */
function onlyBetween(tokens: Token[], first: number, last: number, verbGroup: boolean): boolean {
  if (first > last) return !verbGroup;
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    const fits = verbGroup ? token.lower === 'to' || /^(VERB|AUX|ADV|PART)$/.test(token.pos) : COORDINATION.has(token.lower);
    if (!fits) return false;
  }
  return true;
}

function isNounModifier(tokens: Token[], m: ActorMention): boolean {
  const before = tokens[m.firstToken - 1];
  const after = tokens[m.lastToken + 1];
  // "a NATO ministerial", "an outstanding ICC warrant".
  const determined = /^(a|an|the)$/.test(before?.lower ?? '') || (before?.pos === 'ADJ' && /^(a|an|the)$/.test(tokens[m.firstToken - 2]?.lower ?? ''));
  return determined && after !== undefined && /^(NOUN|ADJ)$/.test(after.pos);
}

/**
 * "the minister", "the envoy": a definite role noun standing alone means the person last named in that role
 * ("Foreign Minister of Germany" for "the minister").
 */
function officeHolder(doc: Doc, lexicon: Lexicon, t: number, out: ActorMention[], people: Person[]): { last: number; holder: ActorMention } | null {
  const { tokens, text } = doc;
  const limit = doc.sentences[tokens[t].sentence]?.lastToken ?? tokens.length - 1;
  if (t + 1 > limit) return null;
  const hit = matchAt(lexicon.agents, text, tokens, t + 1, limit);
  if (hit?.entry.value.code !== 'GOV') return null;
  // "the minister of India" and "the President Emmanuel Macron" name someone themselves.
  const after = tokens[hit.last + 1];
  if (after && (after.lower === 'of' || after.lower === 'from' || after.pos === 'PROPN')) return null;
  const noun = normaliseName(text.slice(tokens[t + 1].start, tokens[hit.last].end));
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    const role = m.person !== null ? people[m.person].role : null;
    if (role?.toLowerCase().includes(noun)) return { last: hit.last, holder: m };
  }
  return null;
}
