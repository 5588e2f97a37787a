// A verb pattern from dictionaries/verbs/*.yaml compiled into the form the matcher walks.
import type { VerbEntry } from './schema.ts';

export type PatternElement =
  | { kind: 'word'; lemmas: string[] }
  | { kind: 'target' }
  | { kind: 'source' }
  | { kind: 'object' }
  | { kind: 'class'; name: string };

export type VerbPattern = {
  id: string;
  rule: string;
  code: string;
  verb: string[];
  elements: PatternElement[];
  example: string;
  expect: string | undefined;
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
  return { id: entry.id, rule, code: entry.code, verb: [verb], elements, example: entry.example, expect: entry.expect };
}
