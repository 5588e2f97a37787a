// Actor mentions: countries, bodies, seats of government acting as governments, country + role ("Indian
// officials" → INDGOV), people with their roles, and what later surnames, pronouns and descriptions point to.
import type { ActorMention, Doc, Person, Sentence, Token } from '../doc.ts';
import { type GazetteerHit, matchAt, type NameEntry } from '../lexicon/gazetteer.ts';
import type { ActorValue, AgentValue, Lexicon } from '../lexicon/index.ts';
import { codeOn } from '../lexicon/tabari/index.ts';
import { affiliates } from './affiliates.ts';
import { homeCountry } from './home-country.ts';
import { localGroups } from './local-groups.ts';
import { findPeople, type PersonFound } from './people.ts';
import { resolveReferences } from './references.ts';
import { tabariMentions } from './tabari.ts';
import { LOCATIVE_PREPOSITIONS } from '../nlp/prepositions.ts';

export type ActorLayer = { mentions: ActorMention[]; people: Person[] };

const MAX_ROLE_GAP = 2;
const FORMER = new Set(['former', 'ex', 'ex-']);
const POSTED_ABROAD = /embass|ambassador|envoy|consul|mission|delegation|diplomat|attach|charg|correspondent|journalist|reporter|representative|peacekeep|monitor|observer/i;
/** Nouns a capital's name modifies rather than acts through ("Beijing time", "the Moscow metro"). */
const CITY_PARTS = /^(central|downtown|northern|southern|eastern|western|north|south|east|west|northeastern|northwestern|southeastern|southwestern|greater|old)$/;
const MODIFIED = new Set(['time', 'metro', 'subway', 'airport', 'region', 'area', 'suburb', 'office', 'bureau', 'correspondent', 'station', 'marathon', 'stock', 'exchange', 'court', 'university', 'street', 'hotel', 'province', 'district', 'city', 'resident', 'residents']);

export function findActors(doc: Doc, lexicon: Lexicon): ActorLayer {
  // Agent dictionaries in TABARI/PETRARCH form combine with actors their own way (tabari.ts); they know no people.
  if (lexicon.loaded.some((l) => l.kind === 'agents')) return resolveReferences(doc, tabariMentions(doc, lexicon), [], lexicon);
  const { text, tokens } = doc;
  const named: ActorMention[] = [];
  /** Where each actor code was last named (token index), so a description goes to the latest fitting one. */
  const lastSeen = new Map<string, number>();
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i <= sentence.lastToken) {
      const found = matchAt(lexicon.actors, text, tokens, i, sentence.lastToken);
      // A description names an actor only after the text has named it; otherwise the words may start a name
      // ("the Council of Europe", "the Alliance of Sahel States"), so matching goes on at the next token.
      const described = found?.entry.value.via === 'description' ? latestNamed(found.entry, lastSeen) : null;
      if (found && found.entry.value.via === 'description' && !described) {
        i++;
        continue;
      }
      const hit = found;
      if (!hit) {
        const local = localRole(doc, lexicon, i, sentence.lastToken);
        if (local) {
          named.push(local);
          i = local.lastToken + 1;
          continue;
        }
        const role = matchAt(lexicon.agents, text, tokens, i, sentence.lastToken);
        const owner = role ? countryAfterRole(doc, lexicon, role, sentence) : null;
        if (role && owner) {
          named.push(mention(doc, i, owner.last, `${owner.value.code}${role.entry.value.code}`, owner.value, 'agent', role.entry.value.rule));
          i = owner.last + 1;
          continue;
        }
        i++;
        continue;
      }
      const value = described ?? hit.entry.value;
      if (value.kind === 'country' && namesWater(tokens, i, sentence.firstToken)) {
        i = hit.last + 1;
        continue;
      }
      const seat = value.via === 'seat' ? seatUse(tokens, i, hit.last, sentence.firstToken, sentence.lastToken) : null;
      if (seat === 'none') {
        i = hit.last + 1;
        continue;
      }
      let first = i;
      let last = hit.last;
      // Actors from TABARI/PETRARCH files may hold dated codes: the article's date picks one.
      let code = value.dated ? codeOn(value.dated, doc.published) : value.code;
      let rule = value.rule;
      let via: string = value.via;
      if (seat === 'government') code = `${value.code}GOV`;
      if (value.kind === 'country' && value.via !== 'seat' && value.via !== 'description') {
        const role = roleAfter(doc, lexicon, hit.last + 1, sentence.lastToken);
        if (role) {
          last = role.last;
          code = `${value.code}${role.code}`;
          rule = role.rule;
          via = 'agent';
          // "the former Brazilian president": once in office, now one of the country's elites (CAMEO ELI).
          if (role.code === 'GOV' && first > sentence.firstToken && FORMER.has(tokens[first - 1].lower)) {
            first--;
            code = `${value.code}ELI`;
          }
        }
      }
      lastSeen.set(value.code, i);
      named.push(mention(doc, first, last, code, value, via, rule));
      i = last + 1;
    }
  }
  sharedRoles(doc, named);
  named.push(...affiliates(doc, named));
  named.push(...localGroups(doc, lexicon, named));
  livingIn(doc, lexicon, named);
  named.sort(byPosition);
  const found: PersonFound = findPeople(doc, lexicon, named);
  return resolveReferences(doc, [...named.filter((m) => !found.claimed.has(m)), ...found.mentions].sort(byPosition), found.people, lexicon);
}

/** "Colombian and Ecuadorean troops": a demonym joined to another's role noun shares it. */
function sharedRoles(doc: Doc, named: ActorMention[]): void {
  for (let k = named.length - 2; k >= 0; k--) {
    const m = named[k];
    const next = named[k + 1];
    const joiner = doc.tokens[m.lastToken + 1]?.lower;
    if (m.via !== 'demonym' || next.via !== 'agent' || next.firstToken !== m.lastToken + 2 || !(joiner === 'and' || joiner === 'or' || joiner === ',')) continue;
    if (!m.code || !next.code || next.code.length <= 3) continue;
    named[k] = { ...m, code: `${m.code}${next.code.slice(3)}`, via: 'agent', rule: next.rule };
  }
}

/**
 * "ethnic Albanians demonstrated in Serbia": an ethnic group is coded by the country it lives in, where the sentence
 * places it, as CAMEO coders record minorities.
 */
function livingIn(doc: Doc, lexicon: Lexicon, named: ActorMention[]): void {
  for (const [k, m] of named.entries()) {
    if (doc.tokens[m.firstToken - 1]?.lower !== 'ethnic' || m.kind !== 'country' || !m.code) continue;
    const sentence = doc.sentences[doc.tokens[m.firstToken].sentence];
    const home = homeCountry(doc, lexicon, sentence, named, { travelled: false, placeFirst: true });
    const own = m.code.slice(0, 3);
    if (home && home !== own) named[k] = { ...m, code: `${home}${m.code.slice(3)}`, rule: `${m.rule} (living in ${home})` };
  }
}

/** Of the actors that share a description ("the bloc": the EU, ASEAN…), the one the text named last, if any. */
function latestNamed(entry: NameEntry<ActorValue>, lastSeen: Map<string, number>): ActorValue | null {
  let best: ActorValue | null = null;
  let at = -1;
  for (const value of [entry.value, ...entry.others]) {
    const seenAt = lastSeen.get(value.code);
    if (value.via === 'description' && seenAt !== undefined && seenAt > at) {
      best = value;
      at = seenAt;
    }
  }
  return best;
}

/**
 * A seat of government stands for its government, unless it is where something happens ("talks in Moscow") or the
 * end of a person's name ("Lewis Hamilton"): then it is no actor. Modifying a name or noun ("the Beijing
 * Olympics", "Moscow-based", "Beijing time") it stands for its country.
 */
function seatUse(tokens: Token[], first: number, last: number, sentenceFirst: number, sentenceLast: number): 'government' | 'country' | 'none' {
  // "in central Belgrade", "across northern Kyiv": a part of the city is still a place.
  const part = first - 1 > sentenceFirst && CITY_PARTS.test(tokens[first - 1].lower) ? 1 : 0;
  const before = first - part > sentenceFirst ? tokens[first - 1 - part] : null;
  const after = last < sentenceLast ? tokens[last + 1] : null;
  if (before && (LOCATIVE_PREPOSITIONS.has(before.lower) || (part === 0 && isNameWord(before)))) return 'none';
  if (after && (after.text === '-' || isNameWord(after) || MODIFIED.has(after.lower))) return 'country';
  return 'government';
}

/** "Istanbul prosecutors", "Karachi police": a city's role is its country's. */
function localRole(doc: Doc, lexicon: Lexicon, first: number, limit: number): ActorMention | null {
  const place = doc.tokens[first].pos === 'PROPN' ? matchAt(lexicon.places, doc.text, doc.tokens, first, limit) : null;
  const country = place?.entry.value.country ? lexicon.countries.byCode.get(place.entry.value.country) : undefined;
  if (!place || !country || place.last + 1 > limit) return null;
  const role = matchAt(lexicon.agents, doc.text, doc.tokens, place.last + 1, limit);
  if (!role) return null;
  const value: ActorValue = { code: country.code, name: country.name, kind: 'country', via: 'name', rule: `places:${place.entry.value.name}` };
  return mention(doc, first, role.last, `${country.code}${role.entry.value.code}`, value, 'agent', role.entry.value.rule);
}

/** "the Gulf of Oman", "the Sea of Japan": a sea named after a country is a place, not the country. */
const WATERS = new Set(['gulf', 'sea', 'strait', 'straits', 'bay']);
function namesWater(tokens: Token[], first: number, sentenceFirst: number): boolean {
  return first - 2 >= sentenceFirst && tokens[first - 1].lower === 'of' && WATERS.has(tokens[first - 2].lower) && /^\p{Lu}/u.test(tokens[first - 2].text);
}

const isNameWord = (token: Token): boolean => token.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(token.text);

function roleAfter(doc: Doc, lexicon: Lexicon, from: number, limit: number): { last: number; code: string; rule: string } | null {
  const { tokens, text } = doc;
  // "Vietnamese-led forces", "US-led troops": the leader's own role.
  const led = tokens[from]?.text === '-' && tokens[from + 1]?.lower === 'led' ? 2 : 0;
  for (let i = from + led; i <= Math.min(limit, from + led + MAX_ROLE_GAP); i++) {
    const role = matchAt(lexicon.agents, text, tokens, i, limit);
    if (role) return { last: role.last, code: role.entry.value.code, rule: role.entry.value.rule };
    if (!isModifier(tokens[i])) return null;
  }
  return null;
}

/**
 * "the foreign minister of India", "officials from Japan", "rebels in Ivory Coast": a role owned by the country
 * that follows it. "In" makes an owner only for a role that opens its clause and is not posted abroad: troops "in
 * Poland", "the embassy in Kabul" and "set up a hospital in Gaza" are some other country's.
 */
function countryAfterRole(doc: Doc, lexicon: Lexicon, role: GazetteerHit<AgentValue>, sentence: Sentence): { last: number; value: ActorValue } | null {
  const { tokens, text } = doc;
  const limit = sentence.lastToken;
  const preposition = role.last + 1;
  if (preposition > limit) return null;
  const link = tokens[preposition].lower;
  if (link === 'in') {
    if (role.entry.value.code === 'MIL' || POSTED_ABROAD.test(role.entry.name)) return null;
    let before = role.first - 1;
    while (before >= sentence.firstToken && /^(DET|ADJ|NOUN|NUM)$/.test(tokens[before].pos)) before--;
    if (before >= sentence.firstToken && /^(VERB|AUX|ADP|PART)$/.test(tokens[before].pos)) return null;
  } else if (link !== 'of' && link !== 'from') return null;
  let i = preposition + 1;
  if (i <= limit && tokens[i].lower === 'the') i++;
  if (i > limit) return null;
  const hit = matchAt(lexicon.actors, text, tokens, i, limit);
  if (hit?.entry.value.kind === 'country' && hit.entry.value.via !== 'description') return { last: hit.last, value: hit.entry.value };
  // "a court in Yekaterinburg", "officials in Kandahar": a city stands for its country.
  const place = hit ? null : matchAt(lexicon.places, text, tokens, i, limit);
  const country = place?.entry.value.country ? lexicon.countries.byCode.get(place.entry.value.country) : undefined;
  if (!place || !country) return null;
  return { last: place.last, value: { code: country.code, name: country.name, kind: 'country', via: 'name', rule: `places:${place.entry.value.name}` } };
}

function isModifier(token: Token): boolean {
  if (token.lower === "'s" || token.lower === '’s') return true;
  return token.pos === 'ADJ' || (token.pos === 'NOUN' && token.lower !== 'and') || token.pos === 'PROPN';
}

function mention(doc: Doc, first: number, last: number, code: string, value: ActorValue, via: string, rule: string): ActorMention {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last].end;
  return { start, end, text: doc.text.slice(start, end), firstToken: first, lastToken: last, code, name: value.name, kind: value.kind, via, person: null, rule };
}

const byPosition = (a: ActorMention, b: ActorMention): number => a.start - b.start;
