// People: office holders from dictionaries/people.yaml (the article's date picks the role), and names the text
// introduces with a title before them ("US Secretary of State Antony Blinken") or a role after them
// ("Julianne Smith, the United States Permanent Representative to NATO"), or as the subject of a speech verb.
import type { ActorMention, Doc, Person, Token } from '../doc.ts';
import { matchAt } from '../lexicon/gazetteer.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { PersonEntry } from '../lexicon/schema.ts';
import { homeCountry } from './home-country.ts';

export type PersonFound = { people: Person[]; mentions: ActorMention[]; claimed: Set<ActorMention> };

const TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady']);
const SPEECH = new Set(['say', 'tell', 'add', 'explain', 'confirm', 'note', 'acknowledge', 'warn', 'insist', 'deny', 'announce', 'state', 'write', 'ask', 'reply', 'argue', 'claim', 'stress', 'urge']);
const NOT_PERSON_HEAD = new Set([
  'dialogue', 'organization', 'organisation', 'council', 'ministry', 'party', 'forum', 'summit', 'agreement', 'treaty',
  'group', 'union', 'association', 'committee', 'bank', 'fund', 'court', 'university', 'company', 'corporation',
  'airport', 'street', 'house', 'region', 'sea', 'ocean', 'river', 'city', 'province', 'state', 'times', 'post',
  'news', 'agency', 'conference', 'meeting', 'day', 'week', 'office', 'department', 'force', 'army', 'navy',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'pacific', 'atlantic',
]);

export function findPeople(doc: Doc, lexicon: Lexicon, named: ActorMention[]): PersonFound {
  const { tokens, text } = doc;
  const people: Person[] = [];
  const mentions: ActorMention[] = [];
  const claimed = new Set<ActorMention>();
  const namedAt = new Map<number, ActorMention>();
  for (const m of named) for (let t = m.firstToken; t <= m.lastToken; t++) namedAt.set(t, m);
  const endingAt = new Map<number, ActorMention>(named.map((m) => [m.lastToken, m]));
  const date = doc.published;

  const addPerson = (first: number, last: number, name: string, role: string | null, code: string | null, rule: string, via = 'person'): void => {
    let index = people.findIndex((person) => person.name === name);
    if (index < 0) {
      index = people.length;
      people.push({ name, role, actor: code, mentions: [] });
    } else if (!people[index].role && role) {
      people[index].role = role;
      people[index].actor = code;
    }
    const start = tokens[first].start;
    const end = tokens[last].end;
    people[index].mentions.push({ start, end, text: text.slice(start, end) });
    mentions.push({ start, end, text: text.slice(start, end), firstToken: first, lastToken: last, code: people[index].actor, name, kind: 'person', via, person: index, rule });
  };

  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i <= sentence.lastToken) {
      const known = matchAt(lexicon.people, text, tokens, i, sentence.lastToken);
      if (known) {
        const { entry } = known.entry.value;
        const role = roleOn(entry, date);
        // "US Secretary of State Antony Blinken": the title is part of the person's mention.
        const title = endingAt.get(i - 1);
        if (title?.via === 'agent') claimed.add(title);
        addPerson(title?.via === 'agent' ? title.firstToken : i, known.last, entry.name, role.role, role.code, known.entry.value.rule);
        i = known.last + 1;
        continue;
      }
      const last = nameEnd(tokens, i, sentence.lastToken, namedAt);
      if (last < 0 || (i > 0 && tokens[i - 1].text === '-') || isPlaceOrActor(lexicon, doc, i, last)) {
        i++;
        continue;
      }
      // "President Omar al-Bashir" with no country before the title: the country the sentence is about.
      const bare = bareTitle(doc, lexicon, i, last, sentence.firstToken, namedAt);
      if (bare) {
        // "King Hassan of Morocco", "President Joko Widodo of Indonesia": the country named after the name.
        const of = tokens[last + 1]?.lower === 'of' ? namedAt.get(last + 2) : undefined;
        const home = of?.kind === 'country' && of.code?.length === 3 ? of.code : homeCountry(doc, lexicon, sentence, named);
        addPerson(bare.first, last, text.slice(tokens[bare.name].start, tokens[last].end), bare.role, home ? `${home}${bare.code}` : null, 'people:title');
        i = last + 1;
        continue;
      }
      const name = text.slice(tokens[i].start, tokens[last].end);
      const title = endingAt.get(i - 1);
      const appositive = roleAfterName(doc, last, sentence.lastToken, namedAt);
      if (title && title.via === 'agent') {
        claimed.add(title);
        addPerson(title.firstToken, last, name, title.text, title.code, title.rule);
      } else if (appositive) {
        addPerson(i, last, name, appositive.role, appositive.code, 'people:appositive');
        // The role in apposition is another mention of the same person, not an actor of its own.
        for (let t = appositive.first; t <= appositive.last; t++) {
          const inner = namedAt.get(t);
          if (inner?.via === 'agent' && !claimed.has(inner)) {
            claimed.add(inner);
            addPerson(inner.firstToken, inner.lastToken, name, appositive.role, appositive.code, 'people:appositive', 'appositive');
          }
        }
      } else if ((i > 0 && TITLES.has(tokens[i - 1].lower)) || spokenBy(tokens, i, last, sentence.lastToken)) {
        addPerson(i, last, name, null, null, 'people:name');
      }
      i = last + 1;
    }
  }
  return { people, mentions, claimed };
}

/**
 * A role word right before a name or opening it ("President Omar al-Bashir", "Vice-President Moody Awori"), not
 * part of an actor mention ("US President…" is the actor's): its first token, the name's first, role and code.
 */
function bareTitle(doc: Doc, lexicon: Lexicon, first: number, last: number, floor: number, namedAt: Map<number, ActorMention>): { first: number; name: number; role: string; code: string } | null {
  const { tokens, text } = doc;
  const inside = matchAt(lexicon.agents, text, tokens, first, last);
  if (inside && inside.last < last) return { first, name: inside.last + 1, role: text.slice(tokens[first].start, tokens[inside.last].end), code: inside.entry.value.code };
  for (let t = Math.max(floor, first - 4); t < first; t++) {
    if (namedAt.has(t) || namedAt.has(first - 1)) return null;
    const hit = matchAt(lexicon.agents, text, tokens, t, first - 1);
    if (hit && hit.last === first - 1) return { first: t, name: first, role: text.slice(tokens[t].start, tokens[hit.last].end), code: hit.entry.value.code };
  }
  return null;
}

/** Names of places and actors that the actor stage left alone (a capital after "in") are not people. */
function isPlaceOrActor(lexicon: Lexicon, doc: Doc, first: number, last: number): boolean {
  const place = matchAt(lexicon.places, doc.text, doc.tokens, first, last);
  const actor = matchAt(lexicon.actors, doc.text, doc.tokens, first, last);
  return (place !== null && place.last === last) || (actor !== null && actor.last === last);
}

/**
 * The role a known person held on the article's date. Out of office they act as one of their country's elites
 * (CAMEO ELI): "former Secretary of State …" after their last office, no role before their first.
 */
function roleOn(entry: PersonEntry, date: string | null): { role: string | null; code: string } {
  const { roles } = entry;
  if (!date) return roles[roles.length - 1];
  const holding = roles.find((r) => r.from <= date && (r.until === null || date < r.until));
  if (holding) return holding;
  const ended = roles.filter((r) => r.until !== null && r.until <= date);
  const elite = (code: string): string => (/^(IGO|NGO)/.test(code) ? code : `${code.slice(0, 3)}ELI`);
  if (ended.length === 0) return { role: null, code: elite(roles[0].code) };
  const latest = ended[ended.length - 1];
  return { role: `former ${latest.role}`, code: elite(latest.code) };
}

/** Lower-case particles inside names: "Hans van den Broek", "Mohammed bin Salman", "Ursula von der Leyen". */
const PARTICLES = new Set(['van', 'von', 'de', 'den', 'der', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'bint', 'le', 'la', 'ter', 'ten', 'ould', 'abu']);

/** The last token of a capitalised name of 2–4 words (and particles between them) starting at `first`, or -1. */
function nameEnd(tokens: Token[], first: number, limit: number, namedAt: Map<number, ActorMention>): number {
  let last = first - 1;
  let words = 0;
  for (let t = first; t <= limit && words < 4 && !namedAt.has(t); t++) {
    if (isNameWord(tokens[t])) {
      last = t;
      words++;
    } else if (!(words > 0 && PARTICLES.has(tokens[t].lower) && particlesThenName(tokens, t, limit))) break;
  }
  if (words < 2) return -1;
  if (NOT_PERSON_HEAD.has(tokens[last].lower) || NOT_PERSON_HEAD.has(tokens[first].lower)) return -1;
  return last;
}

function particlesThenName(tokens: Token[], t: number, limit: number): boolean {
  let i = t;
  while (i <= limit && PARTICLES.has(tokens[i].lower)) i++;
  return i <= limit && isNameWord(tokens[i]);
}

/** A capitalised word ("Blinken", "O'Brien"), or one after a particle and a hyphen ("al-Bashir"). */
const NAME_SHAPE = /^\p{Lu}[\p{L}'’.-]*$/u;
const PARTICLE_NAME_SHAPE = /^(al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|abd|ul)-\p{Lu}[\p{L}'’.-]*$/u;

function isNameWord(token: Token): boolean {
  // The tag first: most tokens are not proper nouns and are passed over without a pattern test.
  if (token.pos !== 'PROPN' || token.text.length <= 1) return false;
  return (NAME_SHAPE.test(token.text) || PARTICLE_NAME_SHAPE.test(token.text)) && token.text !== token.text.toUpperCase();
}

/** ", the United States Permanent Representative to NATO" → the role text and the actor it names. */
function roleAfterName(doc: Doc, last: number, limit: number, namedAt: Map<number, ActorMention>): { role: string; code: string | null; first: number; last: number } | null {
  const { tokens, text } = doc;
  let i = last + 1;
  if (i > limit || tokens[i].text !== ',') return null;
  i++;
  if (i <= limit && (tokens[i].lower === 'the' || tokens[i].lower === 'a' || tokens[i].lower === 'an')) i++;
  const first = i;
  let code: string | null = null;
  let owner: string | null = null;
  while (i <= limit && tokens[i].text !== ',' && tokens[i].pos !== 'AUX' && tokens[i].pos !== 'VERB' && tokens[i].pos !== 'PUNCT') {
    const m = namedAt.get(i);
    if (m && m.via === 'agent' && code === null) code = m.code;
    else if (m && owner === null && m.code) owner = m.code;
    i++;
  }
  if (i === first || (code === null && owner === null && !hasRoleWord(tokens, first, i - 1))) return null;
  return { role: text.slice(tokens[first].start, tokens[i - 1].end), code: code ?? owner, first, last: i - 1 };
}

function hasRoleWord(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t <= last; t++) if (tokens[t].pos === 'NOUN') return true;
  return false;
}

function spokenBy(tokens: Token[], first: number, last: number, limit: number): boolean {
  const after = last + 1 <= limit ? tokens[last + 1] : undefined;
  const before = first > 0 ? tokens[first - 1] : undefined;
  return (after !== undefined && after.pos === 'VERB' && SPEECH.has(after.lemma)) || (before !== undefined && SPEECH.has(before.lemma));
}
