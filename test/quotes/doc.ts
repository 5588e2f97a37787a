// Docs for quotes tests: the real NLP pass over our own text, with actor mentions and people given by hand
// (so the tests pin the quotes stage, not the actors stage).
import type { ActorMention, Doc, Person } from '../../src/doc.ts';
import { analyse } from '../../src/nlp/index.ts';

export type MentionSpec = {
  /** The mentioned words; `nth` picks a later occurrence (0 = first). */
  text: string;
  nth?: number;
  code: string;
  name?: string;
  via?: string;
  /** Index into `people`. */
  person?: number;
};

export function docOf(text: string, mentions: MentionSpec[] = [], people: Array<{ name: string; actor: string | null }> = []): Doc {
  const analysis = analyse(text);
  const actorMentions: ActorMention[] = mentions.map((spec) => {
    let start = -1;
    for (let n = 0; n <= (spec.nth ?? 0); n++) start = text.indexOf(spec.text, start + 1);
    if (start < 0) throw new Error(`test doc: "${spec.text}" is not in the text`);
    const end = start + spec.text.length;
    const firstToken = analysis.tokens.findIndex((token) => token.start >= start);
    let lastToken = firstToken;
    while (lastToken + 1 < analysis.tokens.length && analysis.tokens[lastToken + 1].end <= end) lastToken++;
    return {
      start,
      end,
      text: spec.text,
      firstToken,
      lastToken,
      code: spec.code,
      name: spec.name ?? (spec.person !== undefined ? people[spec.person].name : spec.text),
      kind: spec.person !== undefined ? 'person' : 'country',
      via: spec.via ?? (spec.person !== undefined ? 'person' : 'name'),
      person: spec.person ?? null,
      rule: 'test',
    };
  });
  const persons: Person[] = people.map((person) => ({ name: person.name, role: null, actor: person.actor, mentions: [] }));
  return {
    id: 'test',
    source: 'test',
    url: null,
    title: null,
    published: null,
    text,
    removed: [],
    warnings: [],
    ...analysis,
    mentions: actorMentions,
    people: persons,
    places: [],
    times: [],
    events: [],
    quotes: [],
    relations: [],
  };
}
