// Verb groups as clause heads: where each clause starts and ends, whether its verb is negated, its mode
// (future, hypothetical…), whether it is passive, which verb governs it ("want to … invite", "accused X of
// attacking"), which verb it is the complement of ("demanded that X withdraw"), and how far the head verb's
// patterns may read.
import type { Chunk, Doc, Token } from '../doc.ts';
import { reportsBare, type SpeechCues } from '../quotes/cues.ts';
import { chunksIn } from '../nlp/chunks.ts';
import { isPastForm, SAME_PAST } from '../nlp/words.ts';
import { agentAfterParticiple, namedIn } from './named.ts';

export type Clause = {
  head: number;
  group: Chunk;
  start: number;
  end: number;
  negated: boolean;
  mode: string | null;
  passive: boolean;
  /** The clause whose verb governs this one through an infinitive or a preposition ("agreed to lift"), or -1. */
  governor: number;
  /** The clause whose verb this one is the "that" or bare complement of ("demanded that Japan apologize"), or -1. */
  complementOf: number;
  /** The last token the head verb's patterns may read: the clause end, or the end of its complements. */
  reach: number;
  /**
   * Why the clause tells no event of its own: "condition" ("if it is attacked"), "claim" (what a claim,
   * allegation or suspicion says: "claims that it used chemical weapons", "suspected of blowing up"), or null.
   */
  framing: 'condition' | 'claim' | 'proposal' | 'opposed' | null;
  /**
   * "rejected North Korea's demand to sever…", "reneged on its commitment to holding elections": a noun whose
   * infinitive or gerund says what was asked, offered or promised, with the "to" or preposition before that verb;
   * that verb's clause is framed 'proposal'.
   */
  proposal: { noun: number; to: number } | null;
};

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'should', "'d", 'can']);
const STARTS_CLAUSE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'while', 'whereas', 'because', 'although', 'though', 'after', 'before', 'when', 'if', 'unless', 'until', 'but', 'as']);
const ENDS_CLAUSE = new Set([';', ':', '—', '–']);
const NEGATING_VERBS = new Set(['refuse', 'decline', 'fail', 'reject']);
/** Verbs of beginning and going on, whose "-ing" verb says what was done ("stop", "halt" are not: they undo it). */
const ASPECTUAL = new Set(['begin', 'start', 'continue', 'resume', 'keep']);
/** Prepositions after which an "-ing" verb belongs to the verb before ("accused Peru of spying"). */
const GERUND_PREPOSITIONS = new Set(['of', 'for', 'by', 'in', 'on', 'about', 'from', 'without', 'against', 'over', 'with', 'into', 'to']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

const NAMING = new Set(['call', 'term', 'describe', 'brand', 'label', 'dub', 'say', 'claim', 'allege', 'identify', 'believe']);
/** How many words may name who names the object: "what the Israeli military said were…". */
const NAMER_WORDS = 4;

/**
 * "what it called", "what they described as", "what the military said were": an aside naming an object; its length
 * in tokens, or 0.
 */
export function namingAside(tokens: Token[], i: number): number {
  if (tokens[i]?.lower !== 'what') return 0;
  // A pronoun names alone ("what it called"); otherwise a noun group, as a verb's object ("struck what the army said
  // were…", "what the military said": the tagger may read "military" as an adjective). After a preposition ("in
  // what the Guards said was retaliation for…") the naming verb heads a clause of its own.
  let verb = i + 1;
  if (tokens[verb]?.pos === 'PRON') verb++;
  else if (tokens[i - 1]?.pos !== 'VERB') return 0;
  else {
    while (verb <= i + NAMER_WORDS && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[verb]?.pos ?? '')) verb++;
    if (verb === i + 1 || tokens[verb - 1].pos === 'DET') return 0;
  }
  const token = tokens[verb];
  if (!token || !NAMING.has(token.lemma) || !isPastForm(token.lower) || token.sentence !== tokens[i].sentence) return 0;
  const after = tokens[verb + 1]?.lower ?? '';
  return verb - i + 1 + (after === 'as' || after === 'was' || after === 'were' ? 1 : 0);
}

/** Whether the verb group starting at `first` is the verb of a naming aside ("what the army said were"). */
const inNamingAside = (tokens: Token[], first: number): boolean => {
  for (let w = first - 1; w >= Math.max(0, first - NAMER_WORDS - 1); w--) if (tokens[w].lower === 'what') return namingAside(tokens, w) > first - w;
  return false;
};

export function findClauses(doc: Doc, sentenceIndex: number, cues?: SpeechCues): Clause[] {
  const { tokens } = doc;
  const sentence = doc.sentences[sentenceIndex];
  const groups: Chunk[] = [];
  const named = namedIn(doc, sentenceIndex);
  const chunks = chunksIn(doc, sentenceIndex);
  for (const c of chunks) {
    if (c.kind !== 'VP') continue;
    if (tokens[c.head].pos !== 'VERB' && !isCopula(tokens, c)) continue;
    // "the Red Cross", "French mediation": a word of a name the dictionaries know is not a verb, whatever its tag.
    if (named.some((m) => m.firstToken <= c.head && m.lastToken >= c.head)) continue;
    // "condemned what it called aggression": the aside names the object; the verb before goes on through it.
    if (inNamingAside(tokens, c.first)) continue;
    const previous = groups[groups.length - 1];
    // "began deporting", "resumed shelling": the act is the "-ing" verb; beginning or going on adds nothing to code.
    if (previous && c.first === previous.last + 1 && ASPECTUAL.has(tokens[previous.head].lemma) && tokens[c.head].lower.endsWith('ing')) {
      groups[groups.length - 1] = { ...c, first: previous.first };
      continue;
    }
    if (previous && absorbed(tokens, previous, c, cues)) continue;
    groups.push(c);
  }
  const nounGroups = chunks.filter((c) => c.kind === 'NP');
  const clauses: Clause[] = [];
  for (const [g, group] of groups.entries()) {
    const reduced = g + 1 < groups.length && isReducedPassive(tokens, group);
    clauses.push({
      head: group.head,
      group,
      start: clauseStart(tokens, nounGroups, group, sentence.firstToken, clauses),
      end: sentence.lastToken,
      negated: isNegated(tokens, group),
      mode: modeOf(tokens, group),
      passive: reduced || isPassive(tokens, group),
      governor: -1,
      complementOf: -1,
      reach: sentence.lastToken,
      framing: null,
      proposal: null,
    });
  }
  for (let c = 1; c < clauses.length; c++) {
    const clause = clauses[c];
    // "to unite and mobilize": a verb joined by "and" to an infinitive is governed by the same verb.
    const joined = tokens[clause.group.first - 1]?.pos === 'CCONJ' && clauses[c - 1].governor >= 0 && clauses[c - 1].group.last === clause.group.first - 2;
    // "helped Britain evacuate", "let the inspectors return": a bare verb after the object of a causative verb.
    const head = tokens[clause.head];
    const bare = CAUSATIVES.has(tokens[clauses[c - 1].head].lemma) && clause.group.first === clause.head && head.lower === head.lemma && clause.start === clauses[c - 1].group.last + 1;
    if (!joined && !bare && !isInfinitive(tokens, clause.group) && !isGerundAfterPreposition(tokens, clause.group)) continue;
    clause.governor = joined ? clauses[c - 1].governor : c - 1;
    const governor = clauses[clause.governor];
    clause.start = governor.start;
    if (governor.negated || NEGATING_VERBS.has(tokens[governor.head].lemma)) clause.negated = true;
    clause.mode = clause.mode ?? governor.mode ?? (isInfinitive(tokens, clause.group) && intends(tokens, governor) ? 'intended' : null);
  }
  // A clause ends before the next clause that it does not govern, directly or through a clause it governs.
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c];
    let k = c + 1;
    while (k < clauses.length && governedBy(clauses, k, c)) k++;
    if (k < clauses.length) {
      // A reduced relative reaches its by-agent, up to the main verb whose subject it qualifies.
      const qualifies = clause.passive && clauses[k].start <= clause.start && isReducedPassive(tokens, clause.group);
      clause.end = qualifies ? clauses[k].group.first - 1 : Math.max(clause.head, boundaryBefore(tokens, clauses[k], clause.head));
      if (clauses[k].governor < 0 && isComplement(doc, clause, clauses[k], cues)) clauses[k].complementOf = c;
    }
  }
  // "said it would not attend": after a past reporting verb, "would" is the reported "will", not a hypothesis;
  // what it governs ("would not agree to lift") follows.
  for (const clause of clauses) {
    const reporting = clause.complementOf >= 0 ? clauses[clause.complementOf] : null;
    // "was quoted as saying he would…", "…, saying Serbia would…": the participle reports in the past of its sentence.
    const reported = reporting !== null && (isPastForm(tokens[reporting.head].lower) || tokens[reporting.head].lower.endsWith('ing'));
    const backshifted = reporting !== null && reported && reporting.head < clause.start && hasWould(tokens, clause.group);
    const inherited = clause.governor >= 0 && clauses[clause.governor].mode === 'future' && !hasModal(tokens, clause.group);
    if (clause.mode === 'hypothetical' && (backshifted || inherited)) clause.mode = 'future';
  }
  for (const [c, clause] of clauses.entries()) {
    const before = tokens[clause.start - 1];
    if (before && (before.lower === 'if' || before.lower === 'unless') && clause.start > sentence.firstToken) clause.framing = 'condition';
    // "must agree to changes before they demobilize": what is to come after a condition has not happened.
    if (before && TIME_CONDITIONS.has(before.lower) && clause.start > sentence.firstToken && presentTense(tokens, clause.group)) clause.framing = 'condition';
    // "its demand that Israel ease…": what a demand asks is the demand of the clause the noun stands in.
    // "an admission by Moscow that…": the phrase naming whose it is is passed over, as are times.
    let n = clause.start - 2;
    while (n > sentence.firstToken && doc.times.some((m) => m.firstToken <= n && m.lastToken >= n)) n--;
    const owned = ownerPhraseStart(doc, n, sentence.firstToken);
    const noun = before?.lower === 'that' ? tokens[owned] : undefined;
    if (noun && noun.pos === 'NOUN' && c > 0 && noun.sentence === before.sentence) {
      // "accepted demands from the rebels that it initiate reforms": someone else's demand, not done.
      if (DEMAND_NOUNS.has(noun.lemma) && owned !== n) clause.framing = 'proposal';
      else if (DEMAND_NOUNS.has(noun.lemma)) {
        clause.mode = 'obligation';
        const owner = clauses.slice(0, c).reverse().findIndex((o) => o.start <= n);
        if (owner >= 0 && clause.governor < 0) clause.complementOf = c - 1 - owner;
      } else if (CLAIM_NOUNS.has(noun.lemma)) clause.framing = 'claim';
    }
    const preposition = tokens[clause.group.first - 1];
    if (clause.governor >= 0 && preposition && preposition.lower !== 'to' && isGerundAfterPreposition(tokens, clause.group) && alleged(tokens, clause.group.first - 2, clauses[clause.governor].group.first)) clause.framing = 'claim';
    // "warned Western allies against sending missiles", "voted against extending the mission": what is warned,
    // argued or voted against is not done, by the subject or anyone.
    else if (clause.governor >= 0 && preposition?.lower === 'against' && isGerundAfterPreposition(tokens, clause.group)) clause.framing = 'opposed';
  }
  for (const clause of clauses) {
    const governor = clause.governor >= 0 ? clauses[clause.governor] : null;
    const noun = governor && (isInfinitive(tokens, clause.group) || isGerundAfterPreposition(tokens, clause.group)) ? proposalNoun(tokens, governor.group.last + 1, clause.group.first - 1) : -1;
    if (!governor || noun < 0) continue;
    clause.framing = 'proposal';
    governor.proposal ??= { noun, to: clause.group.first - 1 };
  }
  for (let c = clauses.length - 1; c >= 0; c--) {
    const clause = clauses[c];
    clause.reach = clause.end;
    for (let k = c + 1; k < clauses.length; k++) {
      if (governedBy(clauses, k, c) || clauses[k].complementOf === c) clause.reach = Math.max(clause.reach, clauses[k].reach);
    }
  }
  return clauses;
}

function governedBy(clauses: Clause[], k: number, c: number): boolean {
  for (let g = clauses[k].governor; g >= 0; g = clauses[g].governor) if (g === c) return true;
  return false;
}

/** Texts that speak for whoever issues them. */
const TEXTS = new Set(['resolution', 'statement', 'declaration', 'communique', 'communiqué', 'letter', 'decree', 'motion', 'note', 'memorandum', 'message']);

/** Verbs by which a subject issues a text as its own ("vetoed a statement criticising…" is not one). */
const ISSUING = new Set(['pass', 'adopt', 'issue', 'release', 'publish', 'send', 'sign', 'approve', 'deliver', 'circulate', 'unveil', 'table']);

/**
 * "passed a resolution demanding a ceasefire": an "-ing" verb right after a text that the verb before issued
 * says what its issuer says.
 */
export function speaksForIssuer(tokens: Token[], previous: Chunk, group: Chunk): boolean {
  const head = tokens[group.head];
  const before = tokens[group.first - 1];
  return ISSUING.has(tokens[previous.head].lemma) && group.first === group.head && head.lower.endsWith('ing') && before !== undefined && before.sentence === head.sentence && TEXTS.has(before.lemma);
}

/**
 * Verb groups that do not head a clause of their own: a verb right after another ("expressed worry",
 * "helped rebuild"), and a participle after the object of the verb before ("boarded the ship bound for
 * Libya"), unless that verb reports a clause without "that" ("said the troops withdrew").
 */
function absorbed(tokens: Token[], previous: Chunk, group: Chunk, cues?: SpeechCues): boolean {
  if (tokens[previous.head].pos !== 'VERB') return false;
  if (group.first === previous.last + 1) return true;
  // "accused Russia of torture": a verb form right after a preposition, not a gerund, is a noun.
  const preposition = tokens[group.first - 1];
  if (preposition.pos === 'ADP' && preposition.lower !== 'that' && preposition.lower !== 'to' && !tokens[group.head].lower.endsWith('ing')) return true;
  // "the attack carried out by militants": a phrasal participle with its agent qualifies the noun as one word does.
  const phrasal = group.last === group.first + 1 && agentAfterParticiple(tokens, group.first) === group.last + 2;
  if (group.first !== group.last && !phrasal) return false;
  const verb = tokens[group.head];
  if (!isPastForm(verb.lower) && !verb.lower.endsWith('ing') && !phrasal) return false;
  const before = tokens[group.first - 1];
  if ((before.pos !== 'NOUN' && before.pos !== 'PROPN') || speaksForIssuer(tokens, previous, group)) return false;
  // "aircraft using missiles killed 4 Iraqis": after a participle that itself qualifies a noun, or as a past form
  // with an object of its own, the verb is the sentence's main verb, not a reduced relative ("refugees fleeing
  // the war" keeps its object).
  const previousVerb = tokens[previous.head];
  if (previousVerb.lower.endsWith('ing') && previous.first === previous.head) return false;
  // "M23 rebels backed by Rwanda clashed with…", "fighters linked to al Qaeda killed…": after a reduced relative
  // participle, the verb is the main verb.
  if (isReducedPassive(tokens, previous) || qualifiesNoun(tokens, previous)) return false;
  const next = tokens[group.last + 1];
  if (!verb.lower.endsWith('ing') && next && next.sentence === verb.sentence && (next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PRON' || next.pos === 'PROPN')) return false;
  for (let t = previous.last + 1; t < group.first; t++) {
    const token = tokens[t];
    if (ENDS_CLAUSE.has(token.text) || STARTS_CLAUSE.has(token.lower) || token.text === ',' || token.pos === 'CCONJ' || QUOTES.has(token.text)) return false;
  }
  return !reportsBare(cues, tokens[previous.head].lemma);
}

/** Nouns whose infinitive or gerund is what is asked, offered, planned or promised, not what happened ("an invitation to attend"). */
const PROPOSAL_NOUNS = new Set(['demand', 'call', 'appeal', 'request', 'plea', 'ultimatum', 'order', 'invitation', 'offer', 'proposal', 'plan', 'pressure', 'suggestion', 'commitment', 'pledge', 'promise', 'decision', 'deal', 'agreement', 'accord', 'bid']);
/** What may stand between the proposal noun and its verb: who made it or to whom ("from President Gbagbo", "to the people"). */
const OWNER_WORDS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM']);
const OWNER_PREPOSITIONS = new Set(['from', 'by', 'of', 'to']);

/** The proposal noun before an infinitive's "to" or a gerund's preposition (at `last`): "an appeal from President Gbagbo to…", "North Korea's demand to…"; -1 when none. */
function proposalNoun(tokens: Token[], first: number, last: number): number {
  for (let t = last - 1; t >= first; t--) {
    const token = tokens[t];
    if (token.pos === 'NOUN' && PROPOSAL_NOUNS.has(token.lemma)) return t;
    if (!OWNER_WORDS.has(token.pos) && !OWNER_PREPOSITIONS.has(token.lower) && token.lower !== "'s" && token.lower !== '’s') return -1;
  }
  return -1;
}

/** Nouns of a message whose "that" clause is what it says ("sent a message to Kyiv that…"). */
const MESSAGE_NOUNS = new Set(['reminder', 'message', 'statement', 'declaration', 'notice', 'note', 'letter', 'signal', 'word']);

const CAUSATIVES = new Set(['help', 'let', 'make', 'have', 'see', 'watch', 'hear', 'bid']);
const DEMAND_NOUNS = new Set(['demand', 'call', 'appeal', 'request', 'plea', 'insistence', 'ultimatum', 'order']);
const CLAIM_NOUNS = new Set(['claim', 'report', 'allegation', 'accusation', 'charge', 'suspicion', 'admission', 'denial', 'assertion', 'rumour', 'rumor', 'speculation', 'fear', 'suggestion', 'belief', 'hope', 'possibility', 'idea', 'notion', 'argument', 'assurance', 'promise', 'pledge', 'threat', 'warning', 'insinuation', 'theory']);
/** Words before "of"/"for" that make the "-ing" verb after them an allegation ("suspected of blowing up"). */
const ALLEGING = new Set(['suspected', 'accused', 'charged', 'convicted', 'guilty', 'blamed', 'responsible', 'arrested', 'jailed', 'sentenced', 'indicted', 'detained', 'tried', 'punished', 'fined', 'condemned', 'criticised', 'criticized', 'suspicion', 'allegations', 'accusations', 'charges']);

/**
 * Whether the word before a gerund's preposition, or the verb before it past the phrases between ("arrested in
 * Lebanon for collaborating", "suspected by the West of blowing up"), alleges what the gerund says.
 */
function alleged(tokens: Token[], last: number, floor: number): boolean {
  for (let t = last; t >= floor; t--) {
    if (ALLEGING.has(tokens[t].lower)) return true;
    if (tokens[t].pos === 'VERB' || tokens[t].pos === 'PUNCT' || tokens[t].pos === 'SCONJ' || tokens[t].pos === 'CCONJ') return false;
  }
  return false;
}

/** Where a noun's "by Moscow" or "of the rebels" phrase ending at `last` starts, minus one: the noun; else `last`. */
function ownerPhraseStart(doc: Doc, last: number, floor: number): number {
  const { tokens } = doc;
  for (let t = last; t > floor && last - t < 6; t--) {
    if (OWNER_PREPOSITIONS.has(tokens[t].lower) && tokens[t].pos === 'ADP' && t < last) return t - 1;
    if (!OWNER_WORDS.has(tokens[t].pos)) return last;
  }
  return last;
}

/** Conjunctions after which a present tense tells what is yet to come. */
const TIME_CONDITIONS = new Set(['before', 'until', 'till', 'once']);
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'do', 'does', 'has', 'have']);

/** Whether a verb group is in the present tense: "they demobilize", "it agrees", "demands are met". */
function presentTense(tokens: Token[], group: Chunk): boolean {
  const first = tokens[group.first];
  if (first.pos === 'AUX') return PRESENT_AUXILIARIES.has(first.lower);
  return first.lower === first.lemma.toLowerCase() || first.lower === `${first.lemma.toLowerCase()}s` || first.lower === `${first.lemma.toLowerCase()}es`;
}

/** Verbs and adjectives whose infinitive is what someone means to do ("offered to hand over", "is ready to"). */
const INTENDING = new Set(['threaten', 'warn', 'agree', 'offer', 'promise', 'pledge', 'vow', 'plan', 'intend', 'decide', 'want', 'wish', 'hope', 'aim', 'prepare', 'undertake', 'commit', 'volunteer', 'resolve', 'expect', 'seek', 'propose', 'mean', 'ready', 'willing', 'prepared', 'determined', 'eager', 'committed', 'set', 'poised', 'due', 'keen']);

function intends(tokens: Token[], governor: Clause): boolean {
  if (INTENDING.has(tokens[governor.head].lemma)) return true;
  // "is ready to", "said it was willing to": the adjective after a copula.
  if (tokens[governor.head].lemma !== 'be') return false;
  for (let t = governor.group.last + 1; t < tokens.length && t <= governor.group.last + 2; t++) if (INTENDING.has(tokens[t].lower)) return true;
  return false;
}

/** "the alliance is open to…", "Vietnam had a call with…": a verb group of only "be" or "have" heads a clause. */
function isCopula(tokens: Token[], group: Chunk): boolean {
  const lemma = tokens[group.head].lemma;
  return (lemma === 'be' || lemma === 'have') && tokens.slice(group.first, group.last + 1).every((t) => t.pos !== 'VERB');
}

function clauseStart(tokens: Token[], nounGroups: Chunk[], group: Chunk, sentenceStart: number, earlier: Clause[]): number {
  const previous = earlier[earlier.length - 1];
  const floor = previous && !isInfinitive(tokens, group) ? previous.group.last + 1 : sentenceStart;
  for (let t = group.first - 1; t >= floor; t--) {
    if (ENDS_CLAUSE.has(tokens[t].text) || STARTS_CLAUSE.has(tokens[t].lower) || joinsClauses(tokens, t)) return t + 1;
    // "…, the White House announced": a comma right before the subject noun group starts the clause.
    if (tokens[t].text === ',' && t + 1 < group.first && previous && nounGroupOnly(tokens, t + 1, group.first - 1)) return t + 1;
  }
  if (!previous || floor === sentenceStart) return Math.max(floor, sentenceStart);
  // No word marks the boundary ("said Peru will…", "gave aid to refugees fleeing…, X said"): the clause starts
  // at the noun groups right before its verb, its subject; without one it shares the subject before it.
  let end = group.first - 1;
  while (end >= floor && tokens[end].pos === 'ADV') end--;
  let start = group.first;
  // A noun group after a preposition is no subject alone: "troops in Peru attacked" starts at "troops"; in
  // "the Red Cross operating in Iraq said" the phrase belongs to the participle, and the subject is before it.
  // Only right before a tensed verb: a participle after a noun ("individuals undermining…") qualifies it.
  let object = false;
  let nearest = !tokens[group.head].lower.endsWith('ing');
  for (let c = nounGroups.length - 1; c >= 0; c--) {
    const np = nounGroups[c];
    if (np.last !== end || np.first < floor) continue;
    // "said their countries were…": a possessive pronoun the chunker left out opens the noun group.
    start = np.first - 1 >= floor && POSSESSIVE_PRONOUNS.has(tokens[np.first - 1].lower) ? np.first - 1 : np.first;
    object = false;
    // "Chile and Peru will…": noun groups joined by "and" or commas.
    const joiner = tokens[np.first - 1];
    // Not "of": "the arrest of the suspects" is one noun group, whatever the tagger made of "suspects".
    const prepositional = nearest && np.first - 1 >= floor && joiner?.pos === 'ADP' && joiner.lower !== 'of';
    nearest = false;
    if (np.first - 1 > floor && joiner && (joiner.lower === 'and' || joiner.text === ',')) end = np.first - 2;
    else if (prepositional) {
      end = np.first - 2;
      object = true;
    } else break;
  }
  if (!object) return start;
  // "A newspaper based in Beirut has violated…": the participle and its phrase are inside this verb's subject.
  const participle = tokens[previous.head];
  const qualified = previous.group.first === previous.head && (participle.lower.endsWith('ing') || isPastForm(participle.lower)) && /^(NOUN|PROPN)$/.test(tokens[previous.head - 1]?.pos ?? '');
  return qualified ? previous.start : group.first;
}

const BRACKETS = new Set(['(', ')', '[', ']']);
/** Possessive pronouns that open a noun group: "their countries", "its army". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);

const NOMINAL = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/**
 * Whether the tokens are one noun group: determiners, adjectives, numbers, nouns and possessive 's, with the
 * phrases after its noun ("diplomatic sources in neighbouring Pakistan").
 */
function nounGroupOnly(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t <= last; t++) {
    const token = tokens[t];
    if (token.pos === 'ADP' && t > first && tokens[t - 1].pos === 'NOUN') continue;
    if (!NOMINAL.has(token.pos) && !(token.pos === 'PART' && (token.lower === "'s" || token.lower === '’s')) && !(token.text === '-' || token.text === '.' || BRACKETS.has(token.text))) return false;
  }
  return true;
}

/**
 * ", and it has invited…": a comma before "and" or "but" joins two clauses, when a verb follows before the next
 * comma ("launched artillery, mortar, and rocket fire against…, killing" is a list).
 */
function joinsClauses(tokens: Token[], t: number): boolean {
  if ((tokens[t].lower !== 'and' && tokens[t].lower !== 'but') || t === 0 || tokens[t - 1].text !== ',') return false;
  for (let k = t + 1; k < tokens.length && tokens[k].sentence === tokens[t].sentence; k++) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
    if (tokens[k].text === ',' || ENDS_CLAUSE.has(tokens[k].text)) return false;
  }
  return false;
}

function boundaryBefore(tokens: Token[], next: Clause, after: number): number {
  for (let t = after + 1; t < next.group.first; t++) {
    if (ENDS_CLAUSE.has(tokens[t].text) || (STARTS_CLAUSE.has(tokens[t].lower) && t > after + 1)) return t - 1;
    if (joinsClauses(tokens, t)) return t - 2;
  }
  return next.start - 1;
}

/**
 * Whether `next` is the complement of `clause`'s verb: "demanded that X withdraw", "told Chile that…", or a
 * bare clause after a reporting verb ("said Peru will…"). A "that" after a noun starts a relative clause instead
 * ("rejected the deal that Egypt proposed").
 */
function isComplement(doc: Doc, clause: Clause, next: Clause, cues?: SpeechCues): boolean {
  const { tokens } = doc;
  let that = -1;
  for (let t = clause.group.last + 1; t < next.group.first; t++) {
    if (tokens[t].lower === 'that') {
      that = t;
      break;
    }
  }
  const reporting = reportsBare(cues, tokens[clause.head].lemma);
  if (that < 0) return reporting && next.start === pastTimes(doc, clause.group.last + 1);
  // "issued a stern reminder to Iraq that it must…": the "that" clause says what the message says.
  const message = tokens.slice(clause.group.last + 1, that).some((t) => t.pos === 'NOUN' && MESSAGE_NOUNS.has(t.lemma));
  for (let t = clause.group.last + 1; t < that; t++) {
    const token = tokens[t];
    if (token.pos === 'ADV' || token.pos === 'PUNCT' || token.pos === 'PRON' || token.pos === 'ADP') continue;
    if (message && (token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NOUN')) continue;
    if (doc.mentions.some((m) => m.firstToken <= t && m.lastToken >= t)) continue;
    if (doc.times.some((m) => m.firstToken <= t && m.lastToken >= t)) continue;
    return false;
  }
  return true;
}

/** The first token from `t` on that is not in a time expression ("said on Tuesday it would…"). */
function pastTimes(doc: Doc, t: number): number {
  for (let at = t; ; ) {
    const time = doc.times.find((m) => m.firstToken <= at && m.lastToken >= at);
    if (!time) return at;
    at = time.lastToken + 1;
  }
}

/** "accused of spying", "commended Kenya for leading": an "-ing" verb right after a preposition. */
function isGerundAfterPreposition(tokens: Token[], group: Chunk): boolean {
  const before = tokens[group.first - 1];
  return before !== undefined && GERUND_PREPOSITIONS.has(before.lower) && (before.pos === 'ADP' || before.pos === 'SCONJ' || before.pos === 'PART') && tokens[group.head].lower.endsWith('ing');
}

/** "to invite", "to, at this stage, invite": an infinitive continues the clause of the verb before it. */
export function isInfinitive(tokens: Token[], group: Chunk): boolean {
  let t = group.first - 1;
  if (t >= 0 && tokens[t].text === ',') {
    while (t > 0 && tokens[t - 1].text !== ',' && tokens[t - 1].lower !== 'to') t--;
    t -= 2;
  }
  return t >= 0 && tokens[t].lower === 'to' && (tokens[t].pos === 'PART' || tokens[t].pos === 'ADP');
}

function isNegated(tokens: Token[], group: Chunk): boolean {
  for (let t = group.first; t <= group.last; t++) if (NEGATORS.has(tokens[t].lower)) return true;
  return notYet(tokens, group);
}

/** "have yet to agree", "is yet to respond": not done so far, which is no refusal either. */
export function notYet(tokens: Token[], group: Chunk): boolean {
  const to = tokens[group.first - 1];
  return to?.lower === 'to' && tokens[group.first - 2]?.lower === 'yet' && to.sentence === tokens[group.first].sentence;
}

const hasWould = (tokens: Token[], group: Chunk): boolean => tokens.slice(group.first, group.last + 1).some((t) => t.lower === 'would' || t.lower === "'d");
const hasModal = (tokens: Token[], group: Chunk): boolean => modeOf(tokens, group) !== null;

function modeOf(tokens: Token[], group: Chunk): string | null {
  for (let t = group.first; t <= group.last; t++) {
    if (tokens[t].lower === 'must') return 'obligation';
    if (FUTURE.has(tokens[t].lower)) return 'future';
    if (HYPOTHETICAL.has(tokens[t].lower)) return 'hypothetical';
  }
  return null;
}

/** Participles that after "be" and before their preposition say what the subject does ("is opposed to the plan", "were engaged in fighting"). */
const STATIVE = new Map([['oppose', 'to'], ['commit', 'to'], ['dedicate', 'to'], ['devote', 'to'], ['engage', 'in'], ['involve', 'in'], ['worry', 'about'], ['concern', 'about']]);

/**
 * "fighters linked to al Qaeda", "troops stationed in Goma": a lone past participle between a noun and its phrase.
 * Not a verb that has no passive ("the minister apologised to Seoul", "the envoy travelled to Kyiv").
 */
function qualifiesNoun(tokens: Token[], group: Chunk): boolean {
  const verb = tokens[group.head];
  return group.first === group.last && isPastForm(verb.lower) && /(ed|en|wn)$/.test(verb.lower) && !INTRANSITIVE.has(verb.lemma) && tokens[group.first - 1]?.pos === 'NOUN' && QUALIFYING_PREPOSITIONS.has(tokens[group.last + 1]?.lower ?? '');
}

/** Verbs with no passive that news puts before a phrase ("apologised to", "responded with", "travelled to"). */
const INTRANSITIVE = new Set(['apologize', 'apologise', 'appeal', 'respond', 'reply', 'react', 'retaliate', 'travel', 'return', 'fly', 'flee', 'speak', 'talk', 'agree', 'object', 'listen', 'relent', 'defect', 'rally', 'march', 'arrive', 'belong', 'testify', 'insist', 'refrain', 'withdraw', 'retreat']);

const QUALIFYING_PREPOSITIONS = new Set(['to', 'with', 'in', 'near', 'from', 'by', 'on', 'at', 'inside']);

/** How past participles end ("backed", "taken", "shown", "done", "built", "caught", "hit"). */
const PARTICIPLE_ENDING = /(ed|en|wn|ne|lt|ught|t)$/;

/**
 * "rebels backed by Rwanda": a lone past participle right after a noun and before "by"; or before a phrase
 * ("a teacher jailed in Russia for carrying marijuana was released") when the sentence's own verb follows.
 */
function isReducedPassive(tokens: Token[], group: Chunk): boolean {
  const verb = tokens[group.head];
  const before = tokens[group.first - 1];
  if (group.first !== group.last || !isPastForm(verb.lower) || !PARTICIPLE_ENDING.test(verb.lower) || !(before?.pos === 'NOUN' || before?.pos === 'PROPN')) return false;
  const next = tokens[group.last + 1];
  if (next?.lower === 'by') return true;
  return next?.pos === 'ADP' && PHRASE_BEFORE_VERB.has(next.lower) && before.pos === 'NOUN' && mainVerbFollows(tokens, group.last + 1);
}

const PHRASE_BEFORE_VERB = new Set(['in', 'at', 'for', 'on', 'near', 'over', 'since', 'after', 'during']);

/** Whether a verb with an auxiliary ("was released", "has been freed") follows before the clause ends. */
function mainVerbFollows(tokens: Token[], from: number): boolean {
  const sentence = tokens[from].sentence;
  for (let t = from; t < tokens.length && tokens[t].sentence === sentence; t++) {
    const token = tokens[t];
    if (token.text === ',' || token.text === ';' || token.pos === 'CCONJ' || STARTS_CLAUSE.has(token.lower)) return false;
    if (token.pos === 'AUX' && /^(be|have)$/.test(token.lemma) && tokens[t + 1]?.pos === 'VERB') return true;
  }
  return false;
}

function isPassive(tokens: Token[], group: Chunk): boolean {
  const head = tokens[group.head];
  if (STATIVE.has(head.lemma) && tokens[group.last + 1]?.lower === STATIVE.get(head.lemma)) return false;
  // "was host to": a base form is no participle, unless its past is the same ("was hit").
  if (head.lower === head.lemma.toLowerCase() && !SAME_PAST.has(head.lower)) return false;
  if (!PARTICIPLE_ENDING.test(head.lower) && !isPastForm(head.lower)) return false;
  for (let t = group.first; t < group.head; t++) if (tokens[t].lemma === 'be' || tokens[t].lower === 'get') return true;
  return false;
}
