// Compiles the wordings of dictionaries/relations/phrases.yaml into element lists the matcher walks.
import { readYamlList } from '../lexicon/yaml.ts';
import { PhraseEntry } from './schema.ts';

export type Element =
  | { kind: 'slot'; slot: 'SUBJ' | 'OBJ' | 'GROUP'; accepts: SlotKind }
  | { kind: 'num' }
  | { kind: 'gap'; max: number }
  | { kind: 'word'; words: ReadonlySet<string>; optional: boolean };

/** What a slot may hold: states, bodies, or either. */
export type SlotKind = 'country' | 'igo' | 'any';

export type Phrase = {
  entry: PhraseEntry;
  elements: Element[];
  /** Literal words in the pattern: the more, the more specific the wording. */
  literals: number;
  /** For each required word of the pattern, its alternatives: a sentence lacking all of one cannot fit. */
  required: string[][];
  unless: ReadonlySet<string>;
  rule: string;
};

export const GAP_MAX = 5;

/** Pattern text → elements, or a message naming what is wrong with it. */
export function compilePattern(pattern: string, kinds: { subject: SlotKind; object: SlotKind } = { subject: 'any', object: 'any' }): Element[] | string {
  const elements: Element[] = [];
  for (const part of pattern.trim().split(/\s+/)) {
    if (part === 'SUBJ' || part === 'OBJ' || part === 'GROUP') elements.push({ kind: 'slot', slot: part, accepts: part === 'SUBJ' ? kinds.subject : part === 'OBJ' ? kinds.object : 'any' });
    else if (part === 'NUM') elements.push({ kind: 'num' });
    else if (part === '…' || part === '...') elements.push({ kind: 'gap', max: GAP_MAX });
    else if (/^[a-z'][a-z'-]*(\|[a-z'][a-z'-]*)*\??$/.test(part) || part === ',' || part === '-') {
      const optional = part.length > 1 && part.endsWith('?');
      const words = (optional ? part.slice(0, -1) : part).split('|');
      elements.push({ kind: 'word', words: new Set(words), optional });
    } else return `"${part}" is not a pattern word (SUBJ, OBJ, GROUP, NUM, …, or lower-case words with | and ?)`;
  }
  const slots = elements.filter((element) => element.kind === 'slot').map((element) => (element as { slot: string }).slot);
  if (!slots.includes('SUBJ') && !slots.includes('GROUP')) return 'a pattern needs SUBJ or GROUP';
  if (!elements.some((element) => element.kind === 'word' && !element.optional)) return 'a pattern needs at least one required word';
  if (elements[0].kind === 'gap' || elements[elements.length - 1].kind === 'gap') return 'a pattern cannot begin or end with …';
  return elements;
}

export function loadPhrases(file: string): { phrases: Phrase[]; problems: string[] } {
  const { entries, problems } = readYamlList(file, PhraseEntry);
  const phrases: Phrase[] = [];
  for (const entry of entries) {
    const elements = compilePattern(entry.pattern, { subject: entry.subject, object: entry.object });
    if (typeof elements === 'string') {
      problems.push(`${file}: phrase ${entry.id}: ${elements}`);
      continue;
    }
    const hasObject = elements.some((element) => element.kind === 'slot' && element.slot !== 'SUBJ');
    const counts = entry.predicate === 'member_count' || entry.predicate === 'partner_count';
    if (!hasObject && !entry.fixedObject && !counts) {
      problems.push(`${file}: phrase ${entry.id}: a ${entry.predicate} pattern needs OBJ (or GROUP, or fixedObject)`);
      continue;
    }
    if (counts && !elements.some((element) => element.kind === 'num')) {
      problems.push(`${file}: phrase ${entry.id}: a count needs NUM`);
      continue;
    }
    const literals = elements.filter((element) => element.kind === 'word' && !element.optional).length;
    const required = elements.flatMap((element) => (element.kind === 'word' && !element.optional ? [[...element.words]] : []));
    phrases.push({ entry, elements, literals, required, unless: new Set(entry.unless), rule: `relations/phrases:${entry.id}` });
  }
  return { phrases, problems };
}
