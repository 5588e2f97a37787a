// What later mentions point to: a surname ("Smith") to the person named in full before, a pronoun ("she",
// "it", "them") to the nearest fitting antecedent, "that country" to the last country named.
import type { ActorMention, Doc, Person } from '../doc.ts';
import type { ActorLayer } from './index.ts';

const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);
const SINGULAR_THING = new Set(['it', 'its']);
const PLURAL = new Set(['they', 'them', 'their']);
/** Possessives point to their owner but name no one who acts ("its claim"): events skip them. */
const POSSESSIVE = new Set(['his', 'its', 'their']);
const COUNTRY_DESCRIPTION = new Set(['country', 'nation', 'state']);
const DEMONSTRATIVE = new Set(['that', 'the', 'this']);

export function resolveReferences(doc: Doc, mentions: ActorMention[], people: Person[]): ActorLayer {
  const { tokens, text } = doc;
  const surnames = new Map<string, number>();
  people.forEach((person, index) => {
    const words = person.name.split(/\s+/);
    if (words.length > 1) surnames.set(words[words.length - 1], index);
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
  const refer = (first: number, last: number, to: ActorMention, via: string): ActorMention => {
    const start = tokens[first].start;
    const end = tokens[last].end;
    const m: ActorMention = { ...to, start, end, text: text.slice(start, end), firstToken: first, lastToken: last, via, rule: `coref:${via}` };
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
    if (DEMONSTRATIVE.has(token.lower) && t + 1 < tokens.length && COUNTRY_DESCRIPTION.has(tokens[t + 1].lower) && lastCountry) {
      remember(refer(t, t + 1, lastCountry, 'description'));
      t++;
      continue;
    }
    if (token.pos !== 'PRON' && token.pos !== 'DET') continue;
    const via = POSSESSIVE.has(token.lower) || (token.lower === 'her' && /^(NOUN|ADJ|PROPN)$/.test(tokens[t + 1]?.pos ?? '')) ? 'possessive' : 'pronoun';
    if (PERSONAL.has(token.lower) && lastPerson) remember(refer(t, t, lastPerson, via));
    else if (SINGULAR_THING.has(token.lower) && lastThing && isSubjectOrObject(tokens, t)) remember(refer(t, t, lastThing, via));
    else if (PLURAL.has(token.lower) && lastThing) remember(refer(t, t, lastThing, via));
  }
  while (next < mentions.length) remember(mentions[next++]);
  return { mentions: out, people };
}

/** "it" as a dummy subject ("it is likely that…") refers to nothing. */
function isSubjectOrObject(tokens: Doc['tokens'], t: number): boolean {
  const after = tokens[t + 1];
  return !(after && after.lemma === 'be' && tokens[t + 2] && (tokens[t + 2].pos === 'ADJ' || tokens[t + 2].lower === 'not'));
}
