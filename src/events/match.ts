// Matches the verb patterns of a clause's head verb against the words after it, and finds who does what to whom.
import type { ActorMention, Chunk, Doc, PlaceMention, Token } from '../doc.ts';
import { candidatesFor, fileUnderWords, type WordFiling } from '../lexicon/filing.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { PatternElement, VerbPattern } from '../lexicon/verbs.ts';
import { matchAt } from '../lexicon/gazetteer.ts';
import { chunksIn } from '../nlp/chunks.ts';
import { isPastForm, isPossessiveMark, spellings } from '../nlp/words.ts';
import type { Clause } from './clauses.ts';
import { matchReach, reachCandidates } from './reach.ts';
import { agentAfterParticiple } from './named.ts';
import { PREPOSITIONS } from '../nlp/prepositions.ts';

export type Match = {
  pattern: VerbPattern;
  sources: ActorMention[];
  targets: ActorMention[];
  score: number;
  /** Tokens the pattern's words matched: a later verb among them is not coded again on its own. */
  used: number[];
  /** How the match was read when not straight from the verb ("the subject noun 'exchanges' with 'take place'"). */
  note?: string;
  /** No content word or class besides the verb ("agree to", "offer to"): a governed verb's own code is finer. */
  generic?: boolean;
};

export type Tried = { pattern: VerbPattern; failed: string | null };

/** Verbs whose infinitive is what was tried. */
const ATTEMPTING = new Set(['seek', 'try', 'attempt', 'strive', 'endeavour', 'endeavor']);

/** The failure of a pattern whose word is not in the sentence, when no one asks which word. */
const ABSENT = 'a word of the pattern is not in the sentence';
const COORDINATORS = new Set([',', 'and', 'or', '&']);
/** Pattern words that say little about the event: prepositions, particles, articles, conjunctions. */
const FUNCTION_WORDS = new Set([...PREPOSITIONS, 'that', 'out', 'up', 'down', 'off', 'away', 'back', 'as', 'and', 'or', 'the', 'a', 'an', 'its', 'their', 'upon', 'onto', 'toward', 'towards', 'after', 'before', 'alongside', 'behind', 'beyond', 'around', 'ahead', 'not', 'be', 'have', 'it', 'itself', 'themselves', 'one', 'another']);
/** Verbs whose subject noun names the event: "talks took place between X and Y", "exchanges were held". */
const HAPPENING = new Set(['take', 'hold', 'occur', 'happen', 'begin', 'start', 'resume', 'continue', 'open', 'conclude', 'end']);

/** Roots whose events a group of subjects can share with each other. */
const MUTUAL = new Set(['03', '04', '05', '06']);
/** Verbs whose subjects do it to each other whatever the root: "India and Pakistan exchanged fire", "Russia and
 * Ukraine freed 95 prisoners each", "handed over 150 prisoners each", "the army and the RSF signed a truce". */
const MUTUAL_VERBS = new Set(['exchange', 'swap', 'trade', 'clash', 'free', 'release', 'hand', 'sign']);
const mutual = (pattern: VerbPattern, verb: Token): boolean => MUTUAL.has(pattern.code.slice(0, 2)) || MUTUAL_VERBS.has(verb.lemma);

export type ClauseActors = {
  /** Coded actors inside the clause (its subject side included). */
  inClause: ActorMention[];
  /** The subject group. */
  subjects: ActorMention[];
  /** Coded actors after the verb up to the clause's reach, complements included. */
  reachable: ActorMention[];
};

/**
 * The actors of a clause and its subject group (the first actor not inside a prepositional phrase). An
 * infinitive's subject is the governing verb's object when it has one ("asked Britain to reconsider").
 */
export function clauseActors(doc: Doc, clause: Clause, mentions: ActorMention[], clauses: Clause[]): ClauseActors {
  const inClause = mentions.filter((m) => m.firstToken >= clause.start && m.lastToken <= clause.end);
  const reachable = mentions.filter((m) => m.lastToken > clause.head && m.lastToken <= clause.reach && m.firstToken >= clause.start);
  const governor = clause.governor >= 0 ? clauses[clause.governor] : null;
  const objects = governor ? inClause.filter((m) => m.firstToken > governor.head && m.lastToken < clause.group.first) : [];
  if (objects.length > 0) return { inClause, reachable, subjects: coordinated(doc.tokens, objects, objects[0]) };
  const before = inClause.filter((m) => m.lastToken < clause.group.first && !afterPreposition(doc.tokens, m, clause.start));
  // "Iran-backed militias" with no other name: the backer stands for them.
  const lead = before.find((m) => !hyphenModifier(doc.tokens, m)) ?? before[0];
  if (lead) return { inClause, reachable, subjects: coordinated(doc.tokens, before, lead) };
  const antecedent = relativeAntecedent(doc, clause, mentions);
  if (antecedent) return { inClause, reachable, subjects: [antecedent] };
  const owner = subjectOwner(doc, clause, inClause);
  return { inClause, reachable, subjects: owner ? coordinated(doc.tokens, inClause, owner) : [] };
}

const RELATIVE = new Set(['who', 'which']);

/** "Aliyev, who stayed away…", "protesters who tried to storm…": the actor a relative pronoun right before the verb stands for. */
function relativeAntecedent(doc: Doc, clause: Clause, mentions: ActorMention[]): ActorMention | undefined {
  const { tokens } = doc;
  const pronoun = clause.start - 1;
  if (!RELATIVE.has(tokens[pronoun]?.lower ?? '') || clause.start !== clause.group.first) return undefined;
  const end = tokens[pronoun - 1]?.text === ',' ? pronoun - 2 : pronoun - 1;
  return mentions.find((m) => m.lastToken === end && tokens[m.lastToken].sentence === tokens[clause.head].sentence);
}

const OWNING = new Set(['of', 'from', 'in', 'among', 'at', 'inside']);

/**
 * "Thousands of Iraqi Kurds demonstrated", "Protesters in Sri Lanka demanded", "A member of the Syrian
 * parliament started", "A newspaper based in Beirut": a subject noun group that names no actor stands for the
 * actor of the phrase after it.
 */
function subjectOwner(doc: Doc, clause: Clause, inClause: ActorMention[]): ActorMention | undefined {
  const { tokens } = doc;
  const first = tokens[clause.start];
  if (!first || first.pos === 'ADP' || first.pos === 'SCONJ') return undefined;
  let t = clause.start;
  while (t < clause.group.first && tokens[t].pos !== 'ADP') {
    // "A newspaper based in Beirut": a participle right before the preposition qualifies the noun.
    const participle = tokens[t].pos === 'VERB' && tokens[t + 1]?.pos === 'ADP' && (isPastForm(tokens[t].lower) || tokens[t].lower.endsWith('ing'));
    if ((tokens[t].pos === 'VERB' && !participle) || tokens[t].pos === 'PUNCT') return undefined;
    t++;
  }
  if (t >= clause.group.first || !OWNING.has(tokens[t].lower)) return undefined;
  return inClause.find((m) => m.firstToken > t && m.lastToken < clause.group.first);
}

export function matchPatterns(doc: Doc, lexicon: Lexicon, clause: Clause, actors: ClauseActors, tried?: Tried[]): Match | null {
  const { tokens } = doc;
  let best: Match | null = happening(doc, lexicon, clause, actors, tried);
  const patterns = verbPatterns(lexicon, tokens[clause.head]);
  const after = actors.inClause.filter((m) => m.firstToken > clause.head);
  // TABARI/PETRARCH patterns are passed over through their own index (reach.ts), dyad's through their words here.
  const candidates = !patterns ? [] : patterns[0]?.reach === 'sentence' ? reachCandidates(doc, clause, patterns, tried) : withWordsPresent(doc, lexicon, clause, patterns, tried !== undefined);
  for (const pattern of candidates) {
    const result = matchOne(doc, lexicon, clause, pattern, actors, after, tried !== undefined);
    tried?.push({ pattern, failed: typeof result === 'string' ? result : null });
    if (typeof result !== 'string' && (!best || result.score > best.score)) best = result;
  }
  // "sexually assaulted", "jointly managed": a pattern that names the adverb before its verb.
  for (let t = clause.group.first; t < clause.head; t++) {
    if (tokens[t].pos !== 'ADV') continue;
    for (const pattern of lexicon.verbs.get(tokens[t].lower) ?? []) {
      const first = pattern.elements[0];
      if (first?.kind !== 'word' || !first.lemmas.includes(tokens[clause.head].lemma)) continue;
      const result = matchOne(doc, lexicon, clause, { ...pattern, elements: pattern.elements.slice(1) }, actors, after, tried !== undefined);
      tried?.push({ pattern, failed: typeof result === 'string' ? result : null });
      if (typeof result !== 'string' && (!best || result.score + CONTENT_WORD > best.score)) best = { ...result, pattern, score: result.score + CONTENT_WORD };
    }
  }
  // "began a hunger strike", "launched a mediation effort": a verb that starts or keeps up what its object
  // names reads as the dictionary's "stage", "hold" or "launch" of that object.
  if (!best && STARTING.has(tokens[clause.head].lemma)) {
    for (const light of LIGHT_VERBS) {
      if (light === tokens[clause.head].lemma) continue;
      for (const pattern of lexicon.verbs.get(light) ?? []) {
        if (pattern.elements.length === 0 || pattern.elements[0].kind === 'target') continue;
        const result = matchOne(doc, lexicon, clause, pattern, actors, after, tried !== undefined);
        tried?.push({ pattern, failed: typeof result === 'string' ? result : null });
        if (typeof result !== 'string' && (!best || result.score > best.score)) best = { ...result, note: `"${tokens[clause.head].text}" read as "${light}"` };
      }
    }
  }
  return best;
}

const STARTING = new Set(['begin', 'start', 'continue', 'resume', 'launch', 'organize', 'organise', 'mount', 'conduct', 'wage', 'undertake', 'stage', 'hold', 'carry', 'intensify', 'escalate', 'step', 'keep', 'maintain', 'renew', 'initiate', 'lead', 'join']);
const LIGHT_VERBS = ['stage', 'hold', 'launch', 'conduct'];

/** The patterns of a verb by its lemma, or, where the tagger missed the verb, by a stem of its form. */
export function verbPatterns(lexicon: Lexicon, token: Token): VerbPattern[] | undefined {
  // Verbs from TABARI/PETRARCH files are listed by their exact forms ("met", "left"), and take precedence.
  const byForm = lexicon.formVerbs.get(token.lower);
  if (byForm) return byForm;
  const found = lexicon.verbs.get(token.lemma) ?? lexicon.verbs.get(token.lower);
  if (found) return found;
  for (const other of spellings(token.lemma)) {
    const patterns = lexicon.verbs.get(other);
    if (patterns) return patterns;
  }
  const form = token.lower;
  const stems = [form.replace(/ied$/, 'y'), form.replace(/ed$/, ''), form.replace(/d$/, ''), form.replace(/(.)\1ed$/, '$1'), form.replace(/ies$/, 'y'), form.replace(/es$/, ''), form.replace(/s$/, '')];
  for (const stem of stems) {
    const patterns = stem !== form ? lexicon.verbs.get(stem) : undefined;
    if (patterns) return patterns;
  }
  return undefined;
}

/** Per document: each sentence's words (lemmas and forms), its pairs of words when asked for, and the noun groups. */
type WordIndex = { sentences: Set<string>[]; pairs: Array<Set<string> | undefined>; nounGroups: Chunk[] };
const wordIndexes = new WeakMap<Doc, WordIndex>();

function wordIndex(doc: Doc): WordIndex {
  let index = wordIndexes.get(doc);
  if (!index) {
    const sentences = doc.sentences.map(() => new Set<string>());
    for (const token of doc.tokens) {
      const set = sentences[token.sentence];
      if (!set) continue;
      set.add(token.lemma);
      set.add(token.lower);
    }
    index = { sentences, pairs: [], nounGroups: doc.chunks.filter((c) => c.kind === 'NP') };
    wordIndexes.set(doc, index);
  }
  return index;
}

/** A sentence's compounds as the dictionaries hyphenate them: "sit-in" (three tokens) and "war-games" (two). */
function pairsOf(doc: Doc, sentence: number): Set<string> {
  const index = wordIndex(doc);
  let pairs = index.pairs[sentence];
  if (!pairs) {
    pairs = new Set();
    const { tokens } = doc;
    const { firstToken, lastToken } = doc.sentences[sentence];
    for (let t = firstToken; t < lastToken; t++) {
      const next = tokens[t + 1];
      if (next.text === '-' && t + 2 <= lastToken) pairs.add(`${tokens[t].lower}-${tokens[t + 2].lower}`);
      else pairs.add(`${tokens[t].lower}-${next.lower}`);
    }
    index.pairs[sentence] = pairs;
  }
  return pairs;
}

/** Whether a token is one of the words (by lemma or form; the words carry their other spellings and plurals). */
function isWord(token: Token, words: ReadonlySet<string>): boolean {
  return words.has(token.lemma) || words.has(token.lower);
}

/**
 * A pattern word or class with its variants: a set to look tokens up in, a list to walk, whether any is
 * hyphenated, and what stands before each hyphen.
 */
type Variants = { set: ReadonlySet<string>; list: string[]; compound: boolean; heads: ReadonlySet<string> };
const variantSets = new WeakMap<object, Variants>();

/** A pattern word or class with its other spellings and plurals ("defence", "defense", "ngo", "ngos"). */
function withVariants(key: object, words: Iterable<string>): Variants {
  let variants = variantSets.get(key);
  if (!variants) {
    const all = new Set<string>();
    for (const word of words) {
      for (const form of [word, ...spellings(word)]) {
        all.add(form);
        all.add(/(s|x|z|ch|sh)$/.test(form) ? `${form}es` : /[^aeiou]y$/.test(form) ? `${form.slice(0, -1)}ies` : `${form}s`);
      }
    }
    const list = [...all];
    // What stands before each hyphen of a compound ("sit" of "sit-in"): only such a token can start one.
    const heads = new Set<string>();
    for (const form of list) for (let h = form.indexOf('-'); h >= 0; h = form.indexOf('-', h + 1)) heads.add(form.slice(0, h));
    variants = { set: all, list, compound: heads.size > 0, heads };
    variantSets.set(key, variants);
  }
  return variants;
}

function wordsOf(lexicon: Lexicon, element: PatternElement): Variants | undefined {
  if (element.kind === 'class') {
    const words = lexicon.classes.get(element.name);
    return words ? withVariants(words, words) : undefined;
  }
  return element.kind === 'word' ? withVariants(element, element.lemmas) : undefined;
}

/** The first literal word of the pattern that is nowhere in the sentence, if any: the pattern cannot match. */
function absentWord(pattern: VerbPattern, doc: Doc, sentence: number, lexicon: Lexicon): Extract<PatternElement, { kind: 'word' }> | null {
  const words = wordIndex(doc).sentences[sentence];
  for (const element of pattern.elements) {
    if (element.kind !== 'word') continue;
    const variants = wordsOf(lexicon, element);
    if (!variants || (!someIn(variants.list, words) && !(variants.compound && someIn(variants.list, pairsOf(doc, sentence))))) return element;
  }
  return null;
}

/** A verb's patterns filed under one of their words, and for each the words and classes it needs in the sentence. */
type Filing = { byWord: WordFiling; needs: Variants[][] };
const filings = new WeakMap<VerbPattern[], Filing>();
/** What an unknown class needs: nothing fills it, so its pattern never matches. */
const NOTHING: Variants = { set: new Set(), list: [], compound: false, heads: new Set() };

/**
 * The patterns whose words and classes are all in the clause's sentence, in their order: most patterns of a verb
 * name a word or class the sentence lacks, and `matchOne` would look for it in vain. Each pattern is filed under
 * its first content word (else its first word), so the sentence's words find those worth a closer look; those
 * with no such word are always looked at. A word or class that may be written as a compound ("sit-in", "war
 * games") is left to `matchOne`. `dyad explain` (`explained`) tries every pattern, so that each failure is listed
 * with its reason in order.
 */
function withWordsPresent(doc: Doc, lexicon: Lexicon, clause: Clause, patterns: VerbPattern[], explained: boolean): VerbPattern[] {
  if (explained) return patterns;
  let filing = filings.get(patterns);
  if (!filing) {
    const needs = patterns.map(({ elements, reach }) =>
      reach === 'sentence' ? [] : elements.flatMap((e) => (e.kind === 'word' || e.kind === 'class' ? [wordsOf(lexicon, e) ?? NOTHING] : [])).filter((variants) => !variants.compound),
    );
    const byWord = fileUnderWords(patterns.length, (p) => {
      const words = patterns[p].reach === 'sentence' ? [] : patterns[p].elements.filter((e) => e.kind === 'word');
      const key = words.find((w) => !w.lemmas.every((l) => FUNCTION_WORDS.has(l))) ?? words[0];
      const variants = key ? wordsOf(lexicon, key) : undefined;
      return !variants || variants.compound ? null : variants.set;
    });
    filing = { byWord, needs };
    filings.set(patterns, filing);
  }
  const words = wordIndex(doc).sentences[doc.tokens[clause.head].sentence];
  const needs = filing.needs;
  return candidatesFor(filing.byWord, words)
    .filter((p) => needs[p].every((variants) => someIn(variants.list, words)))
    .map((p) => patterns[p]);
}

function someIn(words: string[], set: ReadonlySet<string>): boolean {
  for (let w = 0; w < words.length; w++) if (set.has(words[w])) return true;
  return false;
}

/**
 * One pattern against a clause. Words, classes and `~` are looked for in order after the verb, as far as the
 * clause's reach (its "that" and infinitive complements included); an actor slot takes the next noun group, or
 * the actor it names through "of" ("the ports of Ukraine"), and a TARGET slot over a noun group that names no
 * actor leaves the target open. The score ranks first by what says what happened (content words, then classes),
 * then by the rest (prepositions and other function words 1, actor slots 2, open ones nothing, taking back the
 * function words before them); each word passed over before a content word costs a fifteenth of one, before
 * other elements a little; a finer code breaks ties.
 */
function matchOne(doc: Doc, lexicon: Lexicon, clause: Clause, pattern: VerbPattern, actors: ClauseActors, clauseAfter: ActorMention[], explained: boolean): Match | string {
  if (pattern.reach === 'sentence') return matchReach(doc, clause, pattern, actors);
  const { tokens } = doc;
  // "sought to ease pressure": an attempt is what its infinitive says, not an appeal.
  const first = pattern.elements[0];
  const attempt = ATTEMPTING.has(tokens[clause.head].lemma) && tokens[clause.group.last + 1]?.lower === 'to' && tokens[clause.group.last + 2]?.pos === 'VERB';
  if (attempt && !(first?.kind === 'word' && first.lemmas.includes('to'))) return 'an attempt: its infinitive says what was tried';
  const absent = absentWord(pattern, doc, tokens[clause.head].sentence, lexicon);
  // Most patterns fail here: the reason is spelled out only when `dyad explain` shows it.
  if (absent !== null) return explained ? `no "${absent.lemmas.join('|')}" after the verb` : ABSENT;
  // Words are looked for within the clause, and into its complement only once the pattern has crossed into it
  // ("demand that TARGET withdraw"): "acknowledged that India plays a role" is not "acknowledge role".
  // Nor into what a demand or offer asks ("rejected North Korea's demand to sever the alliance with Washington"
  // is not "reject alliance with TARGET") unless the pattern names the noun itself ("accept offer to mediate").
  const bound = clause.proposal ? clause.proposal.to - 1 : clause.end;
  let limit = bound;
  let reachable = actors.reachable;
  let cursor = clause.head + 1;
  let targets: ActorMention[] | null = null;
  let sources: ActorMention[] | null = null;
  let score = 0;
  let gaps = 0;
  // What the function words just matched added: an open slot after them takes it back ("pay tribute to the
  // victims" is not more "pay tribute to TARGET" than "pay tribute").
  let functionScore = 0;
  const used: number[] = [];
  // Passive: "was accused by Chile" — the by-agent is the source and the subject the target.
  const agent = clause.passive ? byAgent(doc, clause, clauseAfter) : undefined;
  let after = clauseAfter;
  if (agent) {
    const agents = coordinated(tokens, clauseAfter, agent);
    sources = agents;
    after = clauseAfter.filter((m) => !agents.includes(m));
    reachable = reachable.filter((m) => !agents.includes(m));
  }
  for (let e = 0; e < pattern.elements.length; e++) {
    const element = pattern.elements[e];
    if (element.kind === 'word' || element.kind === 'class') {
      const variants = wordsOf(lexicon, element);
      if (!variants) return `unknown word class &${(element as { name: string }).name}`;
      const { set, compound, heads } = variants;
      let at = -1;
      let width = 1;
      // "sent warships to encircle the island": an infinitive's "to" leads to no target.
      const toTarget = element.kind === 'word' && element.lemmas.includes('to') && pattern.elements[e + 1]?.kind === 'target';
      // A preposition of the pattern is not looked for past an adjunct ("reopened their embassies after talks in
      // Ankara" is not "reopen embassy in TARGET").
      const preposition = element.kind === 'word' && element.lemmas.every((w) => FUNCTION_WORDS.has(w));
      for (let t = cursor; t <= limit; t++) {
        if (preposition && SCENE_SETTING.has(tokens[t].lower) && !set.has(tokens[t].lower)) break;
        if (isWord(tokens[t], set) && !(toTarget && tokens[t + 1]?.pos === 'VERB')) {
          at = t;
          break;
        }
        if (!compound || !heads.has(tokens[t].lower)) continue;
        // The tokenizer splits "sit-in", "live-fire": a hyphenated word is matched across its three tokens.
        const hyphen = tokens[t + 1];
        if (hyphen?.text === '-' && t + 2 <= limit && hyphen.start === tokens[t].end && tokens[t + 2].start === hyphen.end && set.has(`${tokens[t].lower}-${tokens[t + 2].lower}`)) {
          at = t;
          width = 3;
          break;
        }
        // …and a compound the dictionary hyphenates may be written apart ("war games" for "war-games").
        if (hyphen && t + 1 <= limit && (set.has(`${tokens[t].lower}-${hyphen.lower}`) || set.has(`${tokens[t].lower}-${hyphen.lemma}`))) {
          at = t;
          width = 2;
          break;
        }
      }
      // "Sanctions were imposed on Venezuela by the United States": a passive's subject is its verb's object.
      if (at < 0 && e === 0 && agent && !preposition) {
        const object = passiveObject(tokens, clause, set);
        if (object >= 0) {
          used.push(object);
          score += element.kind === 'class' ? CLASS_WORD : CONTENT_WORD;
          continue;
        }
      }
      if (at < 0) return element.kind === 'word' ? `no "${element.lemmas.join('|')}" after the verb` : `no &${element.name} word after the verb`;
      used.push(at);
      if (at === clause.proposal?.noun) limit = Math.max(limit, clause.end);
      const functional = element.kind === 'word' && element.lemmas.every((w) => FUNCTION_WORDS.has(w));
      // A content word far from where it should stand says less; a preposition may stand anywhere.
      if (functional) gaps += at - cursor;
      else score -= GAP * (at - cursor);
      score += functional ? 1 : element.kind === 'class' ? CLASS_WORD : CONTENT_WORD;
      functionScore = functional ? functionScore + 1 : 0;
      cursor = at + width;
      if (element.kind === 'word' && element.lemmas.includes('that')) {
        limit = clause.reach;
        if (REQUESTING_ROOTS.has(pattern.code.slice(0, 2)) && reportsFact(tokens, at, limit)) return 'the "that" clause tells what is, not what is asked for';
      }
    } else if (element.kind === 'object') {
      const at = findToken(tokens, cursor, limit, (t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
      if (at < 0) return 'no object after the verb';
      gaps += at - cursor;
      score += 1;
      cursor = at + 1;
    } else if (element.kind === 'target' || element.kind === 'source') {
      // "Peru was accused (by Chile)": the object of a passive verb is its subject.
      if (clause.passive && e === 0 && element.kind === 'target') {
        targets = actors.subjects;
        score += 2;
        continue;
      }
      // "two Chinese refineries it accused of processing Iranian crude": the object is the noun before the clause.
      const gap = e === 0 && element.kind === 'target' && !clause.passive ? objectGap(doc, clause) : null;
      const gapActors = gap ? doc.mentions.filter((m) => m.firstToken >= gap.first && m.lastToken <= gap.last && !(sources ?? actors.subjects).some((s) => s.code === m.code)) : [];
      if (gapActors.length > 0) {
        targets = gapActors;
        score += 2;
        continue;
      }
      // "accused each other": the subjects, each the other's target (filled in below).
      if (element.kind === 'target' && actors.subjects.length > 1 && eachOther(tokens, cursor)) {
        targets = [];
        score += 2;
        cursor += 2;
        continue;
      }
      const taken = sources ?? [];
      // Through "contact with X" only as the pattern's last element: "hold TARGET hostage" wants a direct object.
      const slot = fillSlot(doc, cursor, clause.reach, reachable.filter((m) => !taken.includes(m)), e === pattern.elements.length - 1);
      if (slot && slot.last > clause.end) limit = clause.reach;
      if (!slot) return `no ${element.kind} actor after the verb`;
      // "called for a special tribunal": "for" before the noun makes it no direct object of "call TARGET".
      if (e === 0 && element.kind === 'target' && tokens.slice(cursor, slot.from).some((t) => t.lower === 'for' && t.pos === 'ADP')) return 'the target stands after "for", not as the object';
      if (!slot.actor) {
        // An open target only after the pattern's own words ("held a summit with the island states"): a verb's
        // direct object that names no actor ("held the vote") is not what the pattern is about.
        const partners = e === 0 && actors.subjects.length > 1 && mutual(pattern, tokens[clause.head]);
        const specific = pattern.elements.slice(e + 1).some((x) => x.kind === 'class' || (x.kind === 'word' && !x.lemmas.every((w) => FUNCTION_WORDS.has(w))));
        // "executed a man", "arrested the opposition leader": a role with no country is someone all the same; the
        // event stage takes it as the source's own people.
        const role = element.kind === 'target' && namesRole(doc, lexicon, slot);
        if (element.kind === 'source' || (e === 0 && !partners && !specific && !role && !singleMeaning(lexicon, tokens[clause.head]))) return `no ${element.kind} actor after the verb`;
        targets = [];
        gaps += slot.from - cursor;
        score -= functionScore;
        functionScore = 0;
        cursor = slot.last + 1;
        continue;
      }
      // "called Petro an 'illegal drug leader'", "calling it a disaster": naming the object is no phone call.
      if (e === pattern.elements.length - 1 && tokens[clause.head].lemma === 'call' && namedAs(tokens[slot.actor.lastToken + 1])) return 'the verb names its object, it does not call it';
      // "between SOURCE and TARGET": the pattern's own "and" separates the two, so no coordination here.
      const following = pattern.elements[e + 1];
      const group = (following?.kind === 'word' && following.lemmas.includes('and')) || slot.actor.via === 'place' ? [slot.actor] : coordinated(tokens, reachable, slot.actor);
      // "joining Britain and Canada in recognising Palestine" joins no bloc.
      if (element.kind === 'target' && pattern.target === 'body' && group.some((m) => m.kind === 'country' || m.kind === 'person')) return 'the target is no body';
      if (element.kind === 'target') targets = group;
      else sources = group;
      gaps += slot.from - cursor;
      score += 2;
      functionScore = 0;
      // The next words may stand inside the actor's own words ("trained Somalia's soldiers": TARGET &MILITARY).
      cursor = Math.max(cursor, group[group.length - 1].firstToken + 1);
    } else return `"${element.kind}" cannot stand in a dyad pattern`;
  }
  if (agent) targets = targets ?? actors.subjects;
  // "he was implicated in a scandal": the subject of a passive verb is what was done to; who did it is unsaid.
  // A pattern with words of its own ("be worried", "be host to") reads the subject as its agent.
  const bare = pattern.elements.every((x) => x.kind === 'target' || x.kind === 'source');
  if (!sources && clause.passive && (targets === actors.subjects || (!targets && bare))) return 'no source actor: a passive verb with no by-agent';
  sources = sources ?? actors.subjects;
  if (sources.length === 0) return 'no source actor';
  const chosen = sources;
  // Targets are looked for up to where the pattern's words reached, within the clause.
  const reach = Math.min(limit, clause.end);
  if (!targets) {
    // "after Turkish-mediated talks": a name qualifying a noun by a hyphen is no object.
    const object = after.find((m) => m.lastToken <= reach && !chosen.includes(m) && !afterPreposition(tokens, m, clause.head + 1, true) && !hyphenModifier(tokens, m));
    targets = object ? coordinated(tokens, after, object) : [];
    if (object) score += 1;
  }
  // No actor as object: the one a "to", "against" or "with" phrase points the act at ("offered its troops to
  // Lebanon", "threatened devastating blows against Israel"). Statements keep to whom they were said to.
  // "agreed to US mediation", "rejected the Russian proposal": the actor naming whose the pattern's noun is.
  if (targets.length === 0 && !pattern.code.startsWith('01')) {
    const owner = after.find((m) => !chosen.includes(m) && used.some((u) => u > clause.head && (m.lastToken === u - 1 || (m.lastToken === u - 2 && isPossessiveMark(tokens[u - 1])))));
    if (owner) targets = [owner];
  }
  // The phrase must follow the pattern's words, or their object, directly: "after talks with X" is another matter.
  if (targets.length === 0 && !pattern.code.startsWith('01')) {
    // The pattern's own last word may be the preposition ("offer to": "offered its troops to Lebanon").
    const from = cursor;
    const pointed = after.find((m) => m.lastToken <= reach && !chosen.includes(m) && m.firstToken >= from && TOWARDS.has(prepositionBefore(tokens, m, from - 1) ?? '') && nominalUpTo(tokens, from, m));
    if (pointed) targets = coordinated(tokens, after, pointed);
  }
  // "Estonia and Finland discussed the cable damage": partners in a meeting or cooperation act on each other.
  // "Thailand and Cambodia accused each other": so do subjects whose object is "each other".
  if (targets.length === 0 && sources.length > 1 && (mutual(pattern, tokens[clause.head]) || eachOther(tokens, clause.group.last + 1))) targets = sources;
  const generic = score < CLASS_WORD;
  score += -0.01 * gaps + 0.001 * pattern.code.length;
  return { pattern, sources, targets, used, score, generic };
}

/** The subject word of a passive clause that one of `set` names ("Sanctions were imposed…"), or -1. */
function passiveObject(tokens: Token[], clause: Clause, set: ReadonlySet<string>): number {
  for (let t = clause.start; t < clause.group.first; t++) if ((tokens[t].pos === 'NOUN' || tokens[t].pos === 'PROPN') && isWord(tokens[t], set)) return t;
  return -1;
}

const proposing = new WeakMap<VerbPattern[], boolean>();
/** Roots of verbs whose complement is asked for, alleged, refused or threatened, not done. */
const PROPOSING_ROOTS = new Set(['02', '10', '11', '12']);

/** Verbs whose complement is what they say did not happen ("denied that its officials had held talks"). */
const DENYING = new Set(['deny', 'refute', 'rebut', 'dispute']);

/**
 * Whether most of a verb's patterns ask, demand, allege or refuse ("urged … to", "demanded that"), or the verb
 * denies its complement.
 */
export function proposes(lexicon: Lexicon, token: Token): boolean {
  if (DENYING.has(token.lemma)) return true;
  const patterns = verbPatterns(lexicon, token);
  if (!patterns || patterns.length === 0) return false;
  let known = proposing.get(patterns);
  if (known === undefined) {
    known = 2 * patterns.filter((p) => PROPOSING_ROOTS.has(p.code.slice(0, 2))).length > patterns.length;
    proposing.set(patterns, known);
  }
  return known;
}

const meanings = new WeakMap<VerbPattern[], boolean>();

/**
 * Whether all of a verb's patterns share one root ("starve", "gas", "terrorize"): its direct object may then
 * name no actor ("starved the civilians"), where a verb of many meanings ("hold") needs one to be read at all.
 */
function singleMeaning(lexicon: Lexicon, token: Token): boolean {
  const patterns = verbPatterns(lexicon, token);
  if (!patterns || patterns.length === 0) return false;
  let known = meanings.get(patterns);
  if (known === undefined) {
    const root = patterns[0].code.slice(0, 2);
    known = patterns.every((p) => p.code.slice(0, 2) === root && p.reach !== 'sentence');
    meanings.set(patterns, known);
  }
  return known;
}

/** Whether a slot's words hold a role of the agents dictionary ("a man", "the opposition leader"). */
function namesRole(doc: Doc, lexicon: Lexicon, slot: Slot): boolean {
  for (let t = slot.from; t <= slot.last; t++) if (matchAt(lexicon.agents, doc.text, doc.tokens, t, slot.last)) return true;
  return false;
}

/**
 * The by-agent of a passive verb: the actor of the noun group after "by", or its owner ("by the members of NATO");
 * without "by", whose attack it happened in ("was killed in an Israeli strike", "died in a Russian missile attack").
 */
function byAgent(doc: Doc, clause: Clause, mentions: ActorMention[]): ActorMention | undefined {
  const by = findToken(doc.tokens, clause.head + 1, clause.end, (t) => t.lower === 'by');
  if (by < 0) return attacker(doc, clause, mentions);
  const slot = fillSlot(doc, by + 1, clause.end, mentions);
  return slot?.actor && slot.from === by + 1 ? slot.actor : undefined;
}

/** Nouns of an attack that say whose it was by the actor before them ("an Israeli strike", "a Russian drone attack"). */
const ATTACKS = new Set(['strike', 'airstrike', 'air', 'attack', 'raid', 'bombing', 'shelling', 'bombardment', 'ambush', 'assault', 'offensive', 'operation', 'barrage']);

function attacker(doc: Doc, clause: Clause, mentions: ActorMention[]): ActorMention | undefined {
  const { tokens } = doc;
  const at = findToken(tokens, clause.head + 1, clause.end, (t) => t.lower === 'in' || t.lower === 'during');
  if (at < 0) return undefined;
  const phrase = nextNounGroup(doc, at + 1, clause.end);
  if (!phrase || phrase.first !== at + 1 || !ATTACKS.has(tokens[phrase.head].lemma)) return undefined;
  return mentions.find((m) => m.firstToken >= phrase.first && m.lastToken < phrase.head && m.via !== 'possessive');
}

/** What a content word and a word of a class weigh: more than all prepositions and slots a pattern may have. */
const CONTENT_WORD = 300;
const CLASS_WORD = 250;
/** What each word passed over between a pattern's elements costs: a content word far off says less. */
const GAP = 20;

const REQUESTING_ROOTS = new Set(['02', '10']);

/**
 * Whether the clause after "that" states a fact ("insisted that the census was conducted fairly") rather than
 * what is asked ("insisted that Lebanon disarm", "urged that talks should resume"): a tensed verb or auxiliary.
 */
function reportsFact(tokens: Token[], that: number, limit: number): boolean {
  for (let t = that + 1; t <= limit; t++) {
    const token = tokens[t];
    if (token.pos === 'AUX') return !['should', 'must', 'shall', 'be'].includes(token.lower);
    if (token.pos === 'VERB') return isPastForm(token.lower) || (/[^s]s$/.test(token.lower) && token.lemma !== token.lower);
  }
  return false;
}

type Slot = { actor: ActorMention | null; from: number; last: number };

/**
 * What fills an actor slot at `cursor`: the next noun group (a time expression passed over); the actor in it or
 * overlapping it ("troops of Ukraine", an actor whose words the pattern has matched); else, through "of" or "by", the
 * actor that owns it ("the ports of Ukraine"); else the noun group alone, with no actor.
 */
function fillSlot(doc: Doc, cursor: number, limit: number, mentions: ActorMention[], dealings = false): Slot | null {
  const spanning = mentions.find((m) => m.firstToken < cursor && m.lastToken >= cursor);
  if (spanning) return { actor: spanning, from: cursor, last: spanning.lastToken };
  let group: Chunk | null = nextNounGroup(doc, cursor, limit);
  if (!group) {
    const next = mentions.find((m) => m.firstToken >= cursor && m.lastToken <= limit);
    return next ? { actor: next, from: next.firstToken, last: next.lastToken } : null;
  }
  // "French mediation" where the tagger read "French" as a verb: an actor right before the group modifies it.
  const g0: Chunk = group;
  const modifier = mentions.find((m) => m.firstToken >= cursor && m.lastToken === g0.first - 1);
  if (modifier) return { actor: modifier, from: modifier.firstToken, last: g0.last };
  const from = group.first;
  for (;;) {
    const g: Chunk = group;
    // "Aung San Suu Kyi's National League for Democracy": the owned actor, not its owner, heads the group.
    const inGroup = mentions.filter((m) => m.firstToken <= g.last && m.lastToken >= g.first);
    const actor = inGroup.find((m, k) => k === inGroup.length - 1 || !isPossessiveMark(doc.tokens[m.lastToken + 1]));
    if (actor && !otherSide(doc.tokens, actor, g)) return { actor, from, last: Math.max(g.last, actor.lastToken) };
    if (actor) return { actor: null, from, last: g.last };
    // "arrived in Kyiv", "flew to Madrid": a place the slot names stands for its country.
    const place = g.first === from ? doc.places.find((p) => p.country !== null && p.firstToken >= g.first && p.firstToken <= g.last) : undefined;
    if (place) return { actor: placeActor(place), from, last: Math.max(g.last, place.lastToken) };
    // "the ports of Ukraine", "the release of the journalists by Moroccan authorities", and "contact with the
    // United States" for a noun of dealings between two sides.
    const of: Token | undefined = doc.tokens[g.last + 1];
    const follows = of !== undefined && (of.lower === 'of' || of.lower === 'by' || (dealings && of.lower === 'with' && DEALINGS.has(doc.tokens[g.head].lemma)));
    // "the resolution drafted by France", "the attack carried out by militants": whose it is, after its participle.
    const agent = follows ? -1 : agentAfterParticiple(doc.tokens, g.last + 1, true);
    const ownerFirst = agent > 0 ? agent : g.last + 2;
    const owner: Chunk | null = follows || agent > 0 ? nextNounGroup(doc, ownerFirst, limit) : null;
    // "of detained leader X": a participle may open the owner's group.
    const opens = owner !== null && (owner.first === ownerFirst || (owner.first === ownerFirst + 1 && isPastForm(doc.tokens[ownerFirst].lower) && doc.tokens[ownerFirst].pos === 'VERB'));
    if (!owner || !opens) return { actor: null, from, last: g.last };
    group = owner;
  }
}

function placeActor(place: PlaceMention): ActorMention {
  const { start, end, text, firstToken, lastToken, name, country } = place;
  return { start, end, text, firstToken, lastToken, code: country, name, kind: 'country', via: 'place', person: null, rule: `places:${name}` };
}

/** Nouns of dealings with another side: "boycott all contact with X" is done to X. */
const DEALINGS = new Set(['contact', 'tie', 'ties', 'relation', 'relations', 'link', 'links', 'dealing', 'dealings', 'trade', 'cooperation', 'talk', 'talks', 'negotiation', 'negotiations', 'dialogue', 'exchange', 'exchanges']);

/** Nouns for another party than the actor before them: "Israel's militia ally", "a US ally" are not Israel or the US. */
const ANOTHER_PARTY = new Set(['ally', 'proxy', 'rival', 'enemy', 'opponent', 'foe', 'neighbour', 'neighbor', 'partner', 'adversary']);

/** Whether the actor modifies or owns the group's head noun and that noun names someone other than the actor. */
export function otherSide(tokens: Token[], actor: ActorMention, group: Chunk): boolean {
  return actor.lastToken < group.head && ANOTHER_PARTY.has(tokens[group.head].lemma);
}

function nextNounGroup(doc: Doc, from: number, limit: number): Chunk | null {
  const groups = wordIndex(doc).nounGroups;
  let low = 0;
  let high = groups.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (groups[mid].last < from) low = mid + 1;
    else high = mid;
  }
  for (let g = low; g < groups.length; g++) {
    const chunk = groups[g];
    if (chunk.first > limit) return null;
    if (doc.times.some((t) => t.firstToken <= chunk.head && t.lastToken >= chunk.head)) continue;
    return chunk;
  }
  return null;
}

/**
 * "Exchanges have taken place between X and Y", "talks were held with Y": the subject noun names the event.
 * It is read as the dictionary's "hold NOUN with TARGET" would read it, with X and Y from "between X and Y"
 * or the subject and Y from "with Y".
 */
function happening(doc: Doc, lexicon: Lexicon, clause: Clause, actors: ClauseActors, tried?: Tried[]): Match | null {
  const { tokens } = doc;
  const head = tokens[clause.head];
  if (!HAPPENING.has(head.lemma)) return null;
  const next = tokens[clause.group.last + 1];
  const intransitive = next === undefined || next.sentence !== head.sentence || next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'ADV';
  const fits = head.lemma === 'take' ? next?.lower === 'place' : head.lemma === 'hold' ? clause.passive : intransitive;
  if (!fits) return null;
  let noun = -1;
  for (let t = clause.group.first - 1; t >= clause.start; t--) {
    // A sentence's first word may be tagged a name ("Talks were held…").
    if (tokens[t].pos === 'NOUN' || (tokens[t].pos === 'PROPN' && !actors.inClause.some((m) => m.firstToken <= t && m.lastToken >= t))) {
      noun = t;
      break;
    }
    if (tokens[t].pos === 'VERB' || tokens[t].pos === 'ADP') break;
  }
  if (noun < 0) return null;
  const holds = lexicon.verbs.get('hold') ?? [];
  let best: { pattern: VerbPattern; weight: number } | null = null;
  for (const pattern of holds) {
    const [first, ...rest] = pattern.elements;
    if (!first || !nominalFits(lexicon, tokens[noun], first) || !rest.every((e) => (e.kind === 'word' && e.lemmas.includes('with')) || e.kind === 'target')) continue;
    const weight = (first.kind === 'word' ? CONTENT_WORD : CLASS_WORD) + 0.001 * pattern.code.length;
    if (!best || weight > best.weight) best = { pattern, weight };
  }
  if (!best) return null;
  const between = findToken(tokens, clause.start, clause.reach, (t) => t.lower === 'between');
  const mentions = actors.inClause.filter((m) => m.firstToken > between);
  let sources: ActorMention[];
  let targets: ActorMention[];
  if (between >= 0 && mentions.length > 0) {
    const group = coordinated(tokens, mentions, mentions[0]);
    sources = group.slice(0, 1);
    targets = group.slice(1);
  } else {
    const withAt = findToken(tokens, clause.head + 1, clause.reach, (t) => t.lower === 'with');
    const partner = withAt >= 0 ? actors.inClause.find((m) => m.firstToken > withAt) : undefined;
    sources = actors.subjects;
    targets = partner ? coordinated(tokens, actors.inClause, partner) : [];
  }
  // "The NATO meeting will take place in Brussels" names no partner: what is held is not a meeting between actors.
  if (sources.length === 0 || targets.length === 0) return null;
  tried?.push({ pattern: best.pattern, failed: null });
  return { pattern: best.pattern, sources, targets, used: [noun], score: best.weight + (targets.length > 0 ? 2 : 0), note: `"${tokens[noun].text}" ${head.text}` };
}

const GAP_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we']);

/**
 * "refineries it accused of…", "the villages they had occupied in…": a clause right after a noun, with a pronoun
 * subject and a verb followed by no object, is a relative clause whose object is that noun; its noun group, or null.
 */
function objectGap(doc: Doc, clause: Clause): Chunk | null {
  const { tokens } = doc;
  const noun = tokens[clause.start - 1];
  const after = tokens[clause.group.last + 1];
  if (noun?.pos !== 'NOUN' || noun.sentence !== tokens[clause.head].sentence || clause.start + 1 !== clause.group.first) return null;
  if (!GAP_SUBJECTS.has(tokens[clause.start].lower) || !after || (after.pos !== 'ADP' && after.pos !== 'PUNCT') || after.lower === 'to') return null;
  return chunksIn(doc, noun.sentence).find((c) => c.kind === 'NP' && c.last === clause.start - 1) ?? null;
}

/** What may start the name given in "call X a traitor", "call X illegitimate", "call X 'a terrorist'". */
const namedAs = (next: Token | undefined): boolean => next !== undefined && (next.lower === 'a' || next.lower === 'an' || next.pos === 'ADJ' || QUOTE_OPENERS.has(next.text));
const QUOTE_OPENERS = new Set(['"', '“', "'", '‘']);

function nominalFits(lexicon: Lexicon, token: Token, element: PatternElement): boolean {
  const words = wordsOf(lexicon, element);
  return words !== undefined && isWord(token, words.set);
}

function findToken(tokens: Token[], from: number, to: number, test: (t: Token) => boolean): number {
  for (let t = from; t <= to; t++) if (test(tokens[t])) return t;
  return -1;
}

/** "Rwanda-backed M23", "Iran-funded militias": a name that only qualifies the actor after it. */
const hyphenModifier = (tokens: Token[], m: ActorMention): boolean => tokens[m.lastToken + 1]?.text === '-' && tokens[m.lastToken + 2]?.lower !== 'led' && /ed$/.test(tokens[m.lastToken + 2]?.lower ?? '');

/** Whether "each other" or "one another" stands at `t`. */
const eachOther = (tokens: Token[], t: number): boolean => (tokens[t]?.lower === 'each' && tokens[t + 1]?.lower === 'other') || (tokens[t]?.lower === 'one' && tokens[t + 1]?.lower === 'another');

/** "Australia, New Zealand, South Korea, and Japan": the mention and those joined to it by commas and "and". */
export function coordinated(tokens: Token[], mentions: ActorMention[], first: ActorMention): ActorMention[] {
  const group = [first];
  let index = mentions.indexOf(first);
  while (index + 1 < mentions.length) {
    const current = mentions[index];
    let next = mentions[index + 1];
    // "Congo and the Rwanda-backed M23": the qualifying name is passed over.
    const qualifier = hyphenModifier(tokens, next) && mentions[index + 2]?.firstToken === next.lastToken + 3 ? next : null;
    if (qualifier) next = mentions[index + 2];
    // "the two leaders": one reference that names both parties.
    if (next.firstToken === current.firstToken && next.lastToken === current.lastToken) {
      group.push(next);
      index++;
      continue;
    }
    // "three Iranian officials and two Chinese companies": after "and" or "or", numbers and articles may open the
    // next one; after a bare comma they open an apposition ("Israel, a close ally").
    let joined = next.firstToken > current.lastToken + 1 && COORDINATORS.has(tokens[current.lastToken + 1].lower);
    let conjunction = false;
    for (let t = current.lastToken + 1; t < next.firstToken; t++) {
      if (qualifier && t >= qualifier.firstToken) break;
      const lower = tokens[t].lower;
      if (lower === 'and' || lower === 'or' || lower === 'nor') conjunction = true;
      if (!COORDINATORS.has(lower) && !(conjunction && (tokens[t].pos === 'NUM' || tokens[t].pos === 'DET'))) joined = false;
    }
    if (!joined) break;
    group.push(next);
    index += qualifier ? 2 : 1;
  }
  return group;
}

/** Prepositions that point an act at an actor. */
const TOWARDS = new Set(['to', 'against', 'with', 'toward', 'towards', 'into', 'at', 'on', 'upon']);

const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN', 'PRON', 'ADV', 'ADP']);
/** Phrases that end the act's own words: its agent ("crimes by extremists") and what happened around it. */
export const ADJUNCTS = new Set(['by', 'after', 'before', 'during', 'following', 'since', 'until', 'despite', 'amid', 'because']);
/** …of which those that set the scene: a "by" phrase may stand inside the act's own words ("a visit by X to Y"). */
const SCENE_SETTING = new Set([...ADJUNCTS].filter((word) => word !== 'by'));

/** Whether only noun groups and their phrases (no verb, clause or adjunct) stand between `from` and the mention's phrase. */
function nominalUpTo(tokens: Token[], from: number, mention: ActorMention): boolean {
  let t = mention.firstToken - 1;
  while (t >= from && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[t].pos)) t--;
  for (let k = from; k < t; k++) {
    const token = tokens[k];
    if (ADJUNCTS.has(token.lower) || (!OBJECT_WORDS.has(token.pos) && token.lower !== "'s" && token.lower !== '’s')) return false;
  }
  return true;
}

const APPROXIMATING = new Set(['about', 'around', 'over', 'under', 'nearly', 'almost', 'approximately', 'roughly']);

/** The preposition whose phrase holds the mention ("to Lebanon's new president"), or null. */
function prepositionBefore(tokens: Token[], mention: ActorMention, floor: number, joined = false): string | null {
  for (let t = mention.firstToken - 1; t >= floor; t--) {
    const token = tokens[t];
    // "Up to 100 ethnic Albanians", "about 200 supporters": a number's approximation, not a preposition.
    if (tokens[t + 1]?.pos === 'NUM' && (APPROXIMATING.has(token.lower) || (token.lower === 'to' && tokens[t - 1]?.lower === 'up'))) {
      if (token.lower === 'to') t--;
      continue;
    }
    if (token.pos === 'ADP' || token.pos === 'PART' || token.pos === 'SCONJ') return PREPOSITIONS.has(token.lower) ? token.lower : null;
    // "between Venezuela and Guyana": the second of two joined names is in the same phrase.
    if (joined && (token.lower === 'and' || token.lower === 'or')) continue;
    // "by Palestine Liberation Organization (PLO) Chairman Yasser Arafat": an abbreviation in brackets.
    if (token.text === '(' || token.text === ')') continue;
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NUM' && token.pos !== 'NOUN' && token.pos !== 'PROPN') return null;
  }
  return null;
}

/** Whether a mention sits in a prepositional phrase ("to NATO", "of the alliance", "in Delhi"). */
const afterPreposition = (tokens: Token[], mention: ActorMention, floor: number, joined = false): boolean => prepositionBefore(tokens, mention, floor, joined) !== null;
