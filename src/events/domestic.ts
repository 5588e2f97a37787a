// "Ghanaian police arrested three journalists", "pardoned 110 rebels", "criticised the government's handling":
// an object that is a bare role, with no country of its own, is taken as the acting state's own people, as
// CAMEO coders read domestic events. Migrants and refugees are left alone: they are most often foreign.
import type { ActorMention, Doc } from '../doc.ts';
import { matchAt } from '../lexicon/gazetteer.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { Clause } from './clauses.ts';

/** How far past the verb group a role may sit in its object ("the homes of 25 suspected members"). */
const MAX_OBJECT_TOKENS = 8;
const FOREIGN_ROLES = new Set(['REF']);
/** Words that end the object: a new clause or a relative pronoun ("journalists who had reported"). */
const OBJECT_ENDS = /^(VERB|AUX|PRON|SCONJ|PUNCT|CCONJ)$/;

/** `used`: the tokens the pattern read ("fire tear gas at"), passed over as words of the verb phrase. */
export function domesticTarget(doc: Doc, lexicon: Lexicon, clause: Clause, source: ActorMention, used: number[]): Pick<ActorMention, 'code' | 'start' | 'end' | 'text'> | null {
  const country = source.code?.slice(0, 3);
  if (!country || !lexicon.countries.byCode.has(country)) return null;
  const { tokens, text } = doc;
  const first = clause.group.last + 1;
  const read = new Set(used);
  const last = Math.min(clause.end, first + MAX_OBJECT_TOKENS + read.size - 1);
  // A role owned by a named actor ("Argentina's president", "Kenyan police") is that actor's, not the source's.
  const named = new Set(doc.mentions.filter((m) => m.lastToken >= first && m.firstToken <= last).flatMap((m) => range(m.firstToken, m.lastToken)));
  for (let i = first; i <= last; i++) {
    if (read.has(i)) continue;
    if (OBJECT_ENDS.test(tokens[i].pos) || named.has(i)) return null;
    const role = matchAt(lexicon.agents, text, tokens, i, clause.end);
    if (!role) continue;
    const code = role.entry.value.code;
    if (FOREIGN_ROLES.has(code)) return null;
    const start = tokens[role.first].start;
    const end = tokens[role.last].end;
    return { code: `${country}${code}`, start, end, text: text.slice(start, end) };
  }
  return null;
}

const range = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, k) => first + k);
