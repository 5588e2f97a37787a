// A verb pattern from dictionaries/verbs/*.yaml compiled into the form the matcher walks.
import type { VerbEntry } from './schema.ts';

export type PatternElement =
  | { kind: 'word'; lemmas: string[] }
  | { kind: 'target'; joined?: boolean }
  | { kind: 'source'; joined?: boolean }
  | { kind: 'object' }
  | { kind: 'class'; name: string }
  // The elements below come from TABARI/PETRARCH dictionaries (src/lexicon/tabari/). `joined` means the element
  // sits right next to its neighbour on the verb's side (TABARI's `_` connector).
  /** One of several word sequences, matched by exact (lower-case) word form: a word, or a synset's members. */
  | { kind: 'phrase'; options: string[][]; joined: boolean }
  /** TABARI `^`: passes over the next actor. */
  | { kind: 'skip'; joined?: boolean }
  /** TABARI `%`: a coordinated group of actors ("X and Y") that acts on itself or on the target. */
  | { kind: 'compound'; joined?: boolean };

/** A pattern that matches and codes nothing (TABARI `[---]`): it stops weaker patterns of the verb from coding. */
export const NULL_CODE = '---';

export type VerbPattern = {
  id: string;
  rule: string;
  code: string;
  verb: string[];
  elements: PatternElement[];
  example: string;
  expect: string | undefined;
  /** What the target must be: `body` for an international body, organisation or group, not a country. */
  target?: 'body';
  // Optional fields used by patterns read from TABARI/PETRARCH dictionaries (src/lexicon/tabari/).
  /** Elements before the verb (TABARI's "upper" phrase), in sentence order; matched leftwards from the verb. */
  before?: PatternElement[];
  /** The code of the reverse event (target → source) of a paired code `[a:b]`. */
  reverseCode?: string;
  /** The other words of a multi-word verb, right before and right after the verb token ("cordon off"). */
  verbBefore?: string[];
  verbAfter?: string[];
  /**
   * 'sentence': words, the default target and skipped actors are looked for anywhere after the verb in the
   * sentence, prepositional phrases included, and words before the verb back to the sentence start (TABARI's
   * reach). Without it, patterns stay within the clause.
   */
  reach?: 'sentence';
  /** The entry as written in its TABARI/PETRARCH dictionary ("- * + OF SPYING [1121]"); those have no example. */
  written?: string;
};

export function compileVerbPattern(entry: VerbEntry, rule: string): VerbPattern | string {
  const words = entry.pattern.trim().split(/\s+/);
  const verb = words[0].toLowerCase();
  if (!/^[a-z][a-z'-]*$/.test(verb)) return `the pattern must start with a verb lemma, not "${words[0]}"`;
  const elements: PatternElement[] = [];
  for (const word of words.slice(1)) {
    if (word === 'TARGET') elements.push({ kind: 'target' });
    else if (word === 'SOURCE') elements.push({ kind: 'source' });
    else if (word === '~') elements.push({ kind: 'object' });
    else if (word.startsWith('&')) elements.push({ kind: 'class', name: word.slice(1) });
    else if (/^[a-z][a-z'|-]*$/i.test(word)) elements.push({ kind: 'word', lemmas: word.toLowerCase().split('|') });
    else return `"${word}" is not a word, TARGET, SOURCE, ~ or &CLASS`;
  }
  if (elements.filter((element) => element.kind === 'target').length > 1) return 'a pattern has at most one TARGET';
  return { id: entry.id, rule, code: entry.code, verb: [verb], elements, example: entry.example, expect: entry.expect, target: entry.target };
}
