// "we", "us" and "our" inside a direct quote: the speaker's side. A speaker is coded by their own country or
// body; one who represents their country at an organisation ("Ambassador to NATO") and speaks of that
// organisation in the quote ("NATO's door is open … we would not invite them") speaks for the organisation.
import type { ActorMention, Doc, Quote } from '../doc.ts';
import { tokenAtOrAfter } from '../nlp/offsets.ts';

const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours']);
const POSSESSIVE = new Set(['our', 'ours']);

/** The mentions with a mention added for each first-person plural pronoun in a quote whose speaker is coded. */
export function withQuotedSpeakers(doc: Doc, quotes: Quote[]): ActorMention[] {
  const added: ActorMention[] = [];
  for (const quote of quotes) {
    if (quote.kind === 'indirect' || !quote.speaker?.actor) continue;
    const speaker = quote.speaker;
    // Whom "we" stands for is worked out at the quote's first "we": most quotes have none.
    let side: Side | null = null;
    for (let t = tokenAtOrAfter(doc.tokens, quote.start); t < doc.tokens.length && doc.tokens[t].end <= quote.end; t++) {
      const token = doc.tokens[t];
      if (!FIRST_PLURAL.has(token.lower) || token.pos !== 'PRON') continue;
      if (doc.mentions.some((m) => m.firstToken <= t && m.lastToken >= t)) continue;
      side ??= sideOf(doc, quote, speaker);
      const via = POSSESSIVE.has(token.lower) ? 'possessive' : 'pronoun';
      added.push({ start: token.start, end: token.end, text: token.text, firstToken: t, lastToken: t, code: side.code, name: side.name, kind: side.kind, via, person: side.person, rule: 'coref:speaker' });
    }
  }
  if (added.length === 0) return doc.mentions;
  return [...doc.mentions, ...added].sort((a, b) => a.start - b.start);
}

type Side = Pick<ActorMention, 'code' | 'name' | 'kind' | 'person'>;

/** The side a quote's speaker speaks for: the organisation the quote names and the speaker's role ties them to, else the speaker. */
function sideOf(doc: Doc, quote: Quote, speaker: { name: string; actor: string | null }): Side {
  const inQuote = doc.mentions.filter((m) => m.start >= quote.start && m.end <= quote.end && m.code !== null && m.via !== 'pronoun' && m.via !== 'possessive');
  return organisationSpokenFor(doc, speaker.name, inQuote) ?? { code: speaker.actor, name: speaker.name, kind: 'person', person: personIndex(doc, speaker.name) };
}

/** The organisation (IGO) the speaker's role attaches them to, when the quote itself names it. */
function organisationSpokenFor(doc: Doc, name: string, inQuote: ActorMention[]): Side | null {
  const role = doc.people[personIndex(doc, name) ?? -1]?.role;
  if (!role) return null;
  const words = ` ${role.toLowerCase()} `;
  const named = inQuote.find((m) => m.kind === 'igo' && words.includes(` ${m.text.toLowerCase()} `));
  return named ? { code: named.code, name: named.name, kind: named.kind, person: null } : null;
}

function personIndex(doc: Doc, name: string): number | null {
  const index = doc.people.findIndex((p) => p.name === name);
  return index >= 0 ? index : null;
}
