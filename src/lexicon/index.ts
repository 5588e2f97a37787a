// Loads every dictionary once into an immutable Lexicon that `code()` is given. Users' `--dict` files are read
// after dyad's own and override them. Loading problems (file, line, what) are collected, not thrown, unless a
// user's file cannot be read at all.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCruftRules, type CompiledCruftRule } from '../clean/rules.ts';
import { compileCues, loadSpeechCues, type SpeechCues } from '../quotes/cues.ts';
import { loadCountries, type CountryFacts } from './countries.ts';
import { addName, createGazetteer, createStartIndex, type Gazetteer } from './gazetteer.ts';
import { loadCameoTable, type CameoCode } from './cameo.ts';
import { loadPlaces, type PlaceValue } from './places.ts';
import {
  ActorEntry,
  AgentEntry,
  CruftRule,
  DiscardEntry,
  NominalEntry,
  PersonEntry,
  PlaceEntry,
  VerbFile,
  WordClass,
} from './schema.ts';
import { loadTabariFile, type DatedCode, type LoadedDictionary, type Transformation } from './tabari/index.ts';
import { emptyRelationLexicon, loadRelationLexicon, type RelationLexicon } from '../relations/index.ts';
import { compileVerbPattern, type VerbPattern } from './verbs.ts';
import { readYamlList, readYamlObject } from './yaml.ts';

export const DICTIONARY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dictionaries');

export type ActorValue = {
  code: string;
  name: string;
  kind: 'country' | 'igo' | 'ngo' | 'group' | 'other';
  via: 'name' | 'demonym' | 'seat' | 'description';
  rule: string;
  /** Codes that hold for a span of time (TABARI actor files); the article's date picks one (see codeOn). */
  dated?: DatedCode[];
};
/** `position: 'prefix'` (TABARI `[NGO~]`): the role code goes before the actor's code instead of after it. */
export type AgentValue = { code: string; rule: string; position?: 'prefix' };
export type PersonValue = { entry: PersonEntry; rule: string };

export type Lexicon = {
  cruft: CompiledCruftRule[];
  actors: Gazetteer<ActorValue>;
  agents: Gazetteer<AgentValue>;
  people: Gazetteer<PersonValue>;
  places: Gazetteer<PlaceValue>;
  countries: CountryFacts;
  verbs: Map<string, VerbPattern[]>;
  /** Patterns from TABARI/PETRARCH verb files, keyed by the verb's lower-case surface form ("said", "met"). */
  formVerbs: Map<string, VerbPattern[]>;
  verbCount: number;
  classes: Map<string, Set<string>>;
  /** Speech and cognition cues for quotes (dictionaries/speech-cues.yaml). */
  cues: SpeechCues;
  cameo: Map<string, CameoCode>;
  /** Nouns naming acts (dictionaries/nominals.yaml), keyed by the noun's lower-case form. */
  nominals: Map<string, { id: string; code: string; to: Set<string>; mutual: boolean; rule: string }>;
  /** Discard phrases keyed by their first word. */
  discards: Map<string, Array<{ id: string; reason: string; phrase: string[]; story?: boolean; near?: Set<string> }>>;
  /** PETRARCH-2 transformations read from verb files (kept for callers; the matcher does not apply them yet). */
  transformations: Transformation[];
  /** What each TABARI/PETRARCH --dict file contributed. */
  loaded: LoadedDictionary[];
  /** Dated memberships and partnerships, and the wordings that state relations (dictionaries/relations/). */
  relations: RelationLexicon;
  problems: string[];
};

/** `builtins: false` loads only the --dict files: no dictionaries/, world countries or cities (for evals). */
export type LexiconOptions = { dicts?: string[]; dictionaryDir?: string; builtins?: boolean };

/** Why a dictionary file given by the user cannot be read, or null. */
export const missingDictionary = (file: string): string | null => (existsSync(file) ? null : `${file}: dictionary file not found`);

export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  const builtins = options.builtins !== false;
  const dir = options.dictionaryDir ?? DICTIONARY_DIR;
  const present = (file: string): boolean => builtins && existsSync(file);
  const problems: string[] = [];
  const take = <T>(loaded: { entries: T[]; problems: string[] }): T[] => {
    problems.push(...loaded.problems);
    return loaded.entries;
  };
  const optionalList = <T>(file: string, schema: Parameters<typeof readYamlList>[1]): T[] =>
    present(file) ? take(readYamlList(file, schema) as { entries: T[]; problems: string[] }) : [];

  const cruft = compileCruftRules(optionalList(join(dir, 'cleaning.yaml'), CruftRule));
  const countries = builtins
    ? loadCountries(optionalList(join(dir, 'actors/countries.yaml'), ActorEntry))
    : { list: [], byCode: new Map(), codeOfIso2: new Map(), codeOfIso3: new Map() };
  const starts = createStartIndex();
  const actors = createGazetteer<ActorValue>(starts);
  const agents = createGazetteer<AgentValue>(starts);
  const people = createGazetteer<PersonValue>(starts);
  const verbs = new Map<string, VerbPattern[]>();
  const classes = new Map<string, Set<string>>();
  let verbCount = 0;

  for (const country of countries.list) addActorEntry(actors, country, `countries:${country.code}`, false);
  for (const file of builtins ? yamlFiles(join(dir, 'actors')) : []) {
    if (file.endsWith('countries.yaml')) continue;
    for (const entry of optionalList<ActorEntry>(file, ActorEntry)) addActorEntry(actors, entry, `${ruleFile(file)}:${entry.code}`, false);
  }
  for (const entry of optionalList<AgentEntry>(join(dir, 'agents.yaml'), AgentEntry)) addAgent(agents, entry, false);
  for (const entry of optionalList<PersonEntry>(join(dir, 'people.yaml'), PersonEntry)) addPerson(people, entry, false);
  for (const entry of optionalList<{ name: string; words: string[] }>(join(dir, 'classes.yaml'), WordClass)) {
    classes.set(entry.name, new Set(entry.words.map((word) => word.toLowerCase())));
  }
  const addVerbFile = (file: string): void => {
    const { value, problems: fileProblems } = readYamlObject(file, VerbFile);
    problems.push(...fileProblems);
    if (!value) return;
    for (const entry of value.patterns) {
      const compiled = compileVerbPattern(entry, `${ruleFile(file)}:${entry.id}`);
      if (typeof compiled === 'string') {
        problems.push(`${file}: pattern ${entry.id}: ${compiled}`);
        continue;
      }
      const list = verbs.get(compiled.verb[0]) ?? [];
      list.push(compiled);
      verbs.set(compiled.verb[0], list);
      verbCount++;
    }
  };
  for (const file of builtins ? yamlFiles(join(dir, 'verbs')) : []) addVerbFile(file);
  const discards: Lexicon['discards'] = new Map();
  for (const entry of optionalList<{ id: string; reason: string; phrases: string[]; near?: string[] }>(join(dir, 'discards.yaml'), DiscardEntry)) {
    const near = entry.near ? new Set(entry.near.map((word) => word.toLowerCase())) : undefined;
    for (const text of entry.phrases) {
      const phrase = text.toLowerCase().split(/\s+/);
      const list = discards.get(phrase[0]) ?? [];
      list.push({ id: entry.id, reason: entry.reason, phrase, near });
      discards.set(phrase[0], list);
    }
  }
  const nominals: Lexicon['nominals'] = new Map();
  for (const entry of optionalList<NominalEntry>(join(dir, 'nominals.yaml'), NominalEntry)) {
    for (const noun of entry.nouns) nominals.set(noun.toLowerCase(), { id: entry.id, code: entry.code, to: new Set(entry.to), mutual: entry.mutual === true, rule: `nominals:${entry.id}` });
  }
  const placeEntries = optionalList<PlaceEntry>(join(dir, 'places.yaml'), PlaceEntry);
  const places = builtins ? loadPlaces(countries, placeEntries, starts) : createGazetteer<PlaceValue>(starts);
  const cuesFile = join(dir, 'speech-cues.yaml');
  const cues = existsSync(cuesFile) ? loadSpeechCues(cuesFile) : compileCues([]);
  problems.push(...cues.problems);
  const cameoFile = join(dir, 'cameo.tsv');
  const cameo = present(cameoFile) ? loadCameoTable(cameoFile, problems) : new Map<string, CameoCode>();

  const formVerbs = new Map<string, VerbPattern[]>();
  const tabari = { actors, agents, formVerbs, discards, synsets: new Map<string, string[][]>(), transformations: [], problems };
  const loaded: LoadedDictionary[] = [];
  for (const file of options.dicts ?? []) {
    const missing = missingDictionary(file);
    if (missing) throw new Error(missing);
    // Files that are not YAML are TABARI/PETRARCH dictionaries (verbs, actors, agents, discards, validation file).
    if (!/\.ya?ml$/i.test(file)) {
      loaded.push(...loadTabariFile(file, tabari));
      continue;
    }
    const kind = dictionaryKind(file);
    if (kind === 'verbs') addVerbFile(file);
    else if (kind === 'agents') for (const entry of take(readYamlList(file, AgentEntry))) addAgent(agents, entry, true);
    else if (kind === 'people') for (const entry of take(readYamlList(file, PersonEntry))) addPerson(people, entry, true);
    else for (const entry of take(readYamlList(file, ActorEntry))) addActorEntry(actors, entry, `${ruleFile(file)}:${entry.code}`, true);
  }

  verbCount += loaded.filter((l) => l.kind === 'verbs').reduce((n, l) => n + l.entries, 0);
  const relations = present(join(dir, 'relations')) ? loadRelationLexicon(join(dir, 'relations')) : emptyRelationLexicon();
  problems.push(...relations.problems);

  return { cruft, actors, agents, people, places, countries, verbs, formVerbs, verbCount, classes, cues, cameo, nominals, discards, transformations: tabari.transformations, loaded, relations, problems };
}

function addActorEntry(actors: Gazetteer<ActorValue>, entry: ActorEntry, rule: string, override: boolean): void {
  const value = (via: ActorValue['via']): ActorValue => ({ code: entry.code, name: entry.name, kind: entry.kind, via, rule });
  const options = { override };
  for (const name of [entry.name, ...entry.names]) addName(actors, name, value('name'), options);
  for (const name of entry.exact) addName(actors, name, value('name'), { ...options, caseSensitive: true });
  for (const name of entry.demonyms) addName(actors, name, value('demonym'), options);
  for (const name of entry.seats) addName(actors, name, value('seat'), options);
  for (const name of entry.descriptions) addName(actors, name, value('description'), options);
}

function addAgent(agents: Gazetteer<AgentValue>, entry: AgentEntry, override: boolean): void {
  for (const name of entry.names) {
    const value = { code: entry.code, rule: `agents:${entry.code}:${name}` };
    addName(agents, name, value, { override });
    for (const plural of pluralsOf(name)) addName(agents, plural, value, { override });
  }
}

function addPerson(people: Gazetteer<PersonValue>, entry: PersonEntry, override: boolean): void {
  const value = { entry, rule: `people:${entry.name}` };
  for (const name of [entry.name, ...entry.aliases]) addName(people, name, value, { override });
}

/** "minister" → "ministers"; "spokesperson" → "spokespersons"; "army" → "armies"; "police" stays. */
function pluralsOf(name: string): string[] {
  const words = name.split(' ');
  const last = words[words.length - 1];
  const stem = words.slice(0, -1).join(' ');
  const join = (word: string): string => (stem ? `${stem} ${word}` : word);
  if (/[^aeiou]y$/i.test(last)) return [join(`${last.slice(0, -1)}ies`)];
  if (/(s|x|z|ch|sh)$/i.test(last)) return [join(`${last}es`)];
  if (/man$/i.test(last)) return [join(`${last.slice(0, -3)}men`)];
  return [join(`${last}s`)];
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => join(dir, name));
}

function ruleFile(file: string): string {
  const parts = file.split(/[\\/]/);
  const name = parts[parts.length - 1].replace(/\.ya?ml$/, '');
  return parts[parts.length - 2] === 'verbs' ? `verbs/${name}` : name;
}

/** A user's YAML file is told apart by its shape: a mapping with `patterns` is verbs; lists by their keys. */
function dictionaryKind(file: string): 'verbs' | 'agents' | 'people' | 'actors' {
  const { value } = readYamlObject(file, VerbFile);
  if (value) return 'verbs';
  const people = readYamlList(file, PersonEntry);
  if (people.entries.length > 0 && people.problems.length === 0) return 'people';
  const agents = readYamlList(file, AgentEntry);
  if (agents.entries.length > 0 && agents.problems.length === 0) return 'agents';
  return 'actors';
}
