// Actor mentions: countries, bodies, seats of government acting as governments, country + role ("Indian
// officials" → INDGOV), people with their roles, and what later surnames, pronouns and descriptions point to.
import type { ActorMention, Doc, Person, Token } from '../doc.ts';
import { matchAt } from '../lexicon/gazetteer.ts';
import type { ActorValue, Lexicon } from '../lexicon/index.ts';
import { codeOn } from '../lexicon/tabari/index.ts';
import { findPeople, type PersonFound } from './people.ts';
import { resolveReferences } from './references.ts';
import { tabariMentions } from './tabari.ts';

export type ActorLayer = { mentions: ActorMention[]; people: Person[] };

const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'outside', 'across', 'into', 'via', 'within', 'around', 'throughout', 'to', 'inside']);
const MAX_ROLE_GAP = 2;

export function findActors(doc: Doc, lexicon: Lexicon): ActorLayer {
  // Agent dictionaries in TABARI/PETRARCH form combine with actors their own way (tabari.ts); they know no people.
  if (lexicon.loaded.some((l) => l.kind === 'agents')) return resolveReferences(doc, tabariMentions(doc, lexicon), []);
  const { text, tokens } = doc;
  const named: ActorMention[] = [];
  const seen = new Set<string>();
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i <= sentence.lastToken) {
      const hit = matchAt(lexicon.actors, text, tokens, i, sentence.lastToken);
      if (!hit) {
        const role = matchAt(lexicon.agents, text, tokens, i, sentence.lastToken);
        const owner = role ? countryAfterRole(doc, lexicon, role.last, sentence.lastToken) : null;
        if (role && owner) {
          named.push(mention(doc, i, owner.last, `${owner.value.code}${role.entry.value.code}`, owner.value, 'agent', role.entry.value.rule));
          i = owner.last + 1;
          continue;
        }
        i++;
        continue;
      }
      const value = hit.entry.value;
      if (value.via === 'seat' && i > sentence.firstToken && LOCATIVE.has(tokens[i - 1].lower)) {
        i = hit.last + 1;
        continue;
      }
      if (value.via === 'description' && !seen.has(value.code)) {
        i = hit.last + 1;
        continue;
      }
      let last = hit.last;
      // Actors from TABARI/PETRARCH files may hold dated codes: the article's date picks one.
      let code = value.dated ? codeOn(value.dated, doc.published) : value.code;
      let rule = value.rule;
      let via: string = value.via;
      if (value.via === 'seat') code = `${value.code}GOV`;
      if (value.kind === 'country' && value.via !== 'seat') {
        const role = roleAfter(doc, lexicon, hit.last + 1, sentence.lastToken);
        if (role) {
          last = role.last;
          code = `${value.code}${role.code}`;
          rule = role.rule;
          via = 'agent';
        }
      }
      seen.add(value.code);
      named.push(mention(doc, i, last, code, value, via, rule));
      i = last + 1;
    }
  }
  const found: PersonFound = findPeople(doc, lexicon, named);
  return resolveReferences(doc, [...named.filter((m) => !found.claimed.has(m)), ...found.mentions].sort(byPosition), found.people);
}

function roleAfter(doc: Doc, lexicon: Lexicon, from: number, limit: number): { last: number; code: string; rule: string } | null {
  const { tokens, text } = doc;
  for (let i = from; i <= Math.min(limit, from + MAX_ROLE_GAP); i++) {
    const role = matchAt(lexicon.agents, text, tokens, i, limit);
    if (role) return { last: role.last, code: role.entry.value.code, rule: role.entry.value.rule };
    if (!isModifier(tokens[i])) return null;
  }
  return null;
}

/** "the foreign minister of India", "officials from Japan": a role owned by the country that follows it. */
function countryAfterRole(doc: Doc, lexicon: Lexicon, roleLast: number, limit: number): { last: number; value: ActorValue } | null {
  const { tokens, text } = doc;
  const preposition = roleLast + 1;
  if (preposition > limit || (tokens[preposition].lower !== 'of' && tokens[preposition].lower !== 'from')) return null;
  let i = preposition + 1;
  if (i <= limit && tokens[i].lower === 'the') i++;
  if (i > limit) return null;
  const hit = matchAt(lexicon.actors, text, tokens, i, limit);
  if (hit?.entry.value.kind !== 'country' || hit.entry.value.via === 'description') return null;
  return { last: hit.last, value: hit.entry.value };
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
