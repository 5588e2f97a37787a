// Speech and cognition cues (dictionaries/speech-cues.yaml) compiled into one hash lookup keyed by word form:
// the quotes stage asks "is this token a cue?" once per token, by its lemma and by its lower-case form.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { readYamlList } from '../lexicon/yaml.ts';

export const CueEntry = z
  .object({
    cue: z.string().regex(/^[a-z]+( [a-z]+)*$/, 'a cue is lower-case words separated by single spaces'),
    pos: z.enum(['verb', 'noun', 'phrase', 'person']),
    class: z.enum(['speech', 'cognition']).default('speech'),
    bare: z.boolean().default(false),
    addressee: z.boolean().default(false),
    forms: z.array(z.string().regex(/^[a-z]+$/, 'a form is one lower-case word')).default([]),
    example: z.string().min(1),
  })
  .strict();
export type CueEntry = z.infer<typeof CueEntry>;

export type Cue = {
  /** The cue as the dictionary writes it ("say", "point out", "according to"). */
  cue: string;
  pos: 'verb' | 'noun' | 'phrase';
  class: 'speech' | 'cognition';
  bare: boolean;
  addressee: boolean;
  /** Words that must follow the first one, by lower-case form ("out" in "point out"). */
  rest: string[];
};

export type SpeechCues = {
  /** Cues by every form of their first word: lemma, regular inflections and listed irregular forms. */
  byWord: Map<string, Cue[]>;
  /** Nouns for kinds of person ("minister", "star"), by lower-case form and plural. */
  personNouns: Set<string>;
  /** How many speech and cognition cues (person nouns not counted). */
  size: number;
  /** Entries that were skipped, each naming file, line and problem. */
  problems: string[];
};

/** Whether a verb reports speech with no "that" after it ("said the troops withdrew", "police said gangs…"). */
export function reportsBare(cues: SpeechCues | undefined, lemma: string): boolean {
  return cues?.byWord.get(lemma)?.some((cue) => cue.pos === 'verb' && cue.bare) ?? false;
}

export function loadSpeechCues(file: string): SpeechCues {
  if (!existsSync(file)) throw new Error(`${file}: speech cue dictionary not found`);
  const { entries, problems } = readYamlList(file, CueEntry);
  return compileCues(entries, problems, file);
}

/** Builds the lookup from entries already read (tests and other loaders pass their own). */
export function compileCues(entries: CueEntry[], problems: string[] = [], file = 'speech cues'): SpeechCues {
  const byWord = new Map<string, Cue[]>();
  const personNouns = new Set<string>();
  const seen = new Set<string>();
  let size = 0;
  for (const entry of entries) {
    const key = `${entry.pos}:${entry.cue}`;
    if (seen.has(key)) {
      problems.push(`${file}: "${entry.cue}" (${entry.pos}) is listed twice`);
      continue;
    }
    seen.add(key);
    const [first, ...rest] = entry.cue.split(' ');
    if (entry.pos === 'person') {
      for (const form of [first, ...nounForms(first), ...entry.forms]) personNouns.add(form);
      continue;
    }
    size++;
    const cue: Cue = { cue: entry.cue, pos: entry.pos, class: entry.class, bare: entry.bare, addressee: entry.addressee, rest };
    const forms = entry.pos === 'verb' ? verbForms(first) : entry.pos === 'noun' ? nounForms(first) : [];
    for (const form of new Set([first, ...forms, ...entry.forms])) {
      const list = byWord.get(form);
      if (list) list.push(cue);
      else byWord.set(form, [cue]);
    }
  }
  return { byWord, personNouns, size, problems };
}

const VOWEL = /[aeiou]/;

/** Regular inflections; a stray extra form is harmless because matches also check the part of speech. */
function verbForms(verb: string): string[] {
  const forms: string[] = [];
  const last = verb[verb.length - 1];
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  if (/(s|sh|ch|x|z)$/.test(verb)) forms.push(`${verb}es`);
  else if (last === 'y' && !VOWEL.test(verb[verb.length - 2] ?? '')) forms.push(`${verb.slice(0, -1)}ies`);
  else forms.push(`${verb}s`);
  if (last === 'y' && !VOWEL.test(verb[verb.length - 2] ?? '')) forms.push(`${verb.slice(0, -1)}ied`);
  else forms.push(`${stem}ed`);
  forms.push(`${stem}ing`);
  // "slam" → "slammed": one vowel before a final consonant doubles it.
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(verb)) forms.push(`${verb}${last}ed`, `${verb}${last}ing`);
  // British "signalled", "travelled".
  if (verb.endsWith('l')) forms.push(`${verb}led`, `${verb}ling`);
  return forms;
}

function nounForms(noun: string): string[] {
  if (/(s|sh|ch|x|z)$/.test(noun)) return [`${noun}es`];
  if (noun.endsWith('y') && !VOWEL.test(noun[noun.length - 2] ?? '')) return [`${noun.slice(0, -1)}ies`];
  if (noun.endsWith('man')) return [`${noun.slice(0, -3)}men`];
  return [`${noun}s`];
}
