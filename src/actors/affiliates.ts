// "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed…", "JNIM, al Qaeda's affiliate in the Sahel,
// said…": a name the dictionaries do not know, described in apposition as part of a known group, acts as that group.
import type { ActorMention, Doc, Token } from '../doc.ts';
import { isPossessiveMark } from '../nlp/words.ts';

/** Nouns that make a group part of another. */
const PARTS = new Set(['faction', 'wing', 'branch', 'affiliate', 'offshoot', 'splinter', 'arm', 'cell', 'unit', 'franchise', 'ally', 'proxy']);
/** Words that tie the part to its whole after the noun: "a faction of", "a group linked to". */
const TIES = new Set(['of', 'linked', 'affiliated', 'allied', 'aligned', 'loyal']);
const MAX_NAME_TOKENS = 8;
const MAX_APPOSITION_TOKENS = 8;

/** Mentions for unknown names described as part of a named group. */
export function affiliates(doc: Doc, named: ActorMention[]): ActorMention[] {
  const { tokens, text } = doc;
  const found: ActorMention[] = [];
  const starting = new Map(named.map((m) => [m.firstToken, m]));
  const covered = new Uint8Array(tokens.length);
  for (const m of named) for (let t = m.firstToken; t <= m.lastToken; t++) covered[t] = 1;
  for (let comma = 1; comma < tokens.length; comma++) {
    if (tokens[comma].text !== ',') continue;
    const first = nameBefore(tokens, comma, covered);
    if (first < 0) continue;
    const whole = wholeAfter(tokens, comma, starting);
    if (!whole?.code) continue;
    const start = tokens[first].start;
    const end = tokens[comma - 1].end;
    found.push({ ...whole, start, end, text: text.slice(start, end), firstToken: first, lastToken: comma - 1, via: 'affiliate', rule: `affiliate:${whole.rule}` });
  }
  return found;
}

/** The first token of a capitalised name ending right before the comma that no actor covers, or -1. */
function nameBefore(tokens: Token[], comma: number, covered: Uint8Array): number {
  let first = comma;
  while (first - 1 >= 0 && comma - first < MAX_NAME_TOKENS && tokens[first - 1].sentence === tokens[comma].sentence && !covered[first - 1] && nameToken(tokens, first - 1)) first--;
  if (first === comma || tokens[first].text === '-' || covered[first - 1]) return -1;
  // A name opens its sentence or follows a word that cannot be part of it.
  return /^[A-Z]/.test(tokens[first].text) ? first : -1;
}

function nameToken(tokens: Token[], t: number): boolean {
  const token = tokens[t];
  if (token.text === '-' || token.text === '(' || token.text === ')') return true;
  return token.pos === 'PROPN' || (/^[A-Z]/.test(token.text) && token.pos === 'NOUN') || (tokens[t - 1]?.text === '-' && /^[a-z]+$/.test(token.text));
}

/** The known group the apposition after the comma makes the name part of ("a faction of the Pakistani Taliban"). */
function wholeAfter(tokens: Token[], comma: number, starting: Map<number, ActorMention>): ActorMention | undefined {
  const limit = Math.min(tokens.length - 1, comma + MAX_APPOSITION_TOKENS);
  // "al Qaeda's affiliate in the Sahel"
  const owner = starting.get(comma + 1) ?? (/^(the|a|an)$/.test(tokens[comma + 1]?.lower ?? '') ? starting.get(comma + 2) : undefined);
  if (owner && isPossessiveMark(tokens[owner.lastToken + 1]) && PARTS.has(tokens[owner.lastToken + 2]?.lemma ?? '')) return owner.kind === 'person' ? undefined : owner;
  for (let t = comma + 1; t <= limit && tokens[t].text !== ','; t++) {
    if (!PARTS.has(tokens[t].lemma)) continue;
    let k = t + 1;
    while (k <= limit && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')) k++;
    if (!TIES.has(tokens[k]?.lower ?? '')) return undefined;
    k++;
    while (k <= limit && /^(to|with|the|a|an)$/.test(tokens[k].lower)) k++;
    const whole = starting.get(k);
    return whole && whole.kind !== 'person' && whole.kind !== 'country' ? whole : undefined;
  }
  return undefined;
}
