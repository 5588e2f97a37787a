// Coded events: for each clause, the best verb pattern of its head verb, one event per source × target pair,
// with negation, mode, the clause's own date and place, and the dictionary entry that fired.
import type { ActorMention, Doc, Event, PlaceMention } from '../doc.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { findClauses, notYet, POSSESSIVE_PRONOUNS, speaksForIssuer, type Clause } from './clauses.ts';
import { attackerCode, demandCode, describeCode, intentCode, meetingReverse, rejectionCode } from './codes.ts';
import { ADJUNCTS, clauseActors, matchPatterns, proposes, type Match, type Tried } from './match.ts';
import { NULL_CODE } from '../lexicon/verbs.ts';
import { discardReason } from './discards.ts';
import { nominalActs, subjectForce } from './nominal.ts';
import { objectTarget, type ObjectTarget } from './object.ts';
import { isPastForm, SPEECH_PARTICIPLES } from '../nlp/words.ts';
import { LOCATIVE_PREPOSITIONS } from '../nlp/prepositions.ts';
import { namedAt, namedIn } from './named.ts';
import { MEDIATE, mediatedClause, mediationsIn } from './mediation.ts';
import { codedPairs, type CodedPair } from './reach.ts';

/** What `dyad explain` shows for one clause. */
export type ClauseTrace = {
  sentence: number;
  clause: Clause;
  subjects: ActorMention[];
  tried: Tried[];
  outcome: string;
};

export function findEvents(doc: Doc, lexicon: Lexicon, trace?: ClauseTrace[]): { events: Event[]; warnings: string[] } {
  const events: Event[] = [];
  const warnings: string[] = [];
  // The coded actors of each sentence: a clause looks no further than its own sentence.
  const codeable: ActorMention[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) if (m.code !== null && m.via !== 'possessive') codeable[doc.tokens[m.firstToken].sentence]?.push(m);
  const dropped = new Set<Event>();
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s];
    const discard = discardReason(doc, lexicon, s);
    const clauses = findClauses(doc, s, lexicon.cues);
    const consumed = new Set<number>();
    const subjectsOf: ActorMention[][] = [];
    /** Per clause: the events it coded, and whether its pattern was generic ("agreed to"). */
    const codedBy: Event[][] = clauses.map(() => []);
    const generic: boolean[] = clauses.map(() => false);
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c];
      const actors = clauseActors(doc, clause, codeable[s], clauses);
      const reporter = clause.complementOf >= 0 ? subjectsOf[clause.complementOf] : [];
      // ", becoming…", "and met…": a verb with no subject of its own shares the one before it.
      const joiner = doc.tokens[clause.group.first - 1];
      // Not the subject of an infinitive or gerund before it ("used his address to appeal to Russia to release…,
      // and called for…") but of the clause governing that one, unless it goes on a list of gerunds ("accused the
      // US of violating…, ignoring…").
      if (actors.subjects.length === 0 && c > 0 && clause.start === clause.group.first && clause.governor < 0 && joiner && (joiner.text === ',' || joiner.pos === 'CCONJ')) {
        const listed = doc.tokens[clause.head].lower.endsWith('ing') && doc.tokens[clauses[c - 1].head].lower.endsWith('ing') && clauses[c - 1].governor >= 0;
        // ", calling it an act of hostility": a participle of speech after a comma is the main clause's, past any
        // "that" clause ("killing thousands" stays with the clause it follows).
        const adjunct = !listed && joiner.text === ',' && SPEECH_PARTICIPLES.has(doc.tokens[clause.head].lower);
        actors.subjects = subjectsOf[listed ? c - 1 : adjunct ? mainOf(clauses, c - 1) : topOf(clauses, c - 1)];
      }
      // "their countries were prepared to deploy troops": right after its governing verb, an infinitive shares its subject.
      if (actors.subjects.length === 0 && clause.governor >= 0 && adjoins(doc, clauses[clause.governor], clause)) actors.subjects = subjectsOf[clause.governor];
      // "Russian aircraft including helicopter gunships killed…": the subject before a qualifying participle.
      if (actors.subjects.length === 0 && c > 0 && qualifies(doc, clauses[c - 1])) actors.subjects = subjectsOf[c - 1];
      // "A bombing claimed by Islamic State killed…": whom the act is put down to did it, not "unidentified" attackers.
      const credited = c > 0 && actors.subjects.every((m) => m.code?.endsWith('UAF')) ? attributedTo(doc, clauses[c - 1]) : null;
      if (credited) actors.subjects = credited;
      // "passed a resolution demanding a ceasefire": what a text says, its issuer says.
      if (actors.subjects.length === 0 && c > 0 && !clauses[c - 1].negated && speaksForIssuer(doc.tokens, clauses[c - 1].group, clause.group)) actors.subjects = subjectsOf[c - 1];
      // "Hungary said it will support…": a pronoun subject of a reported clause is the reporter.
      // …unless it names whom the reporter addressed ("reminded Iraq that it must…").
      if (reporter.length > 0 && pronounSubject(doc, clause) && !addressee(codeable[s], clauses[clause.complementOf], clause, actors.subjects)) actors.subjects = reporter;
      subjectsOf.push(actors.subjects);
      const tried: Tried[] | undefined = trace ? [] : undefined;
      // What `dyad explain` is told became of the clause (nothing when no one asks).
      const record = trace ? (outcome: string): void => void trace.push({ sentence: s, clause, subjects: actors.subjects, tried: tried ?? [], outcome }) : untraced;
      if (discard) {
        record(`not coded: the sentence is discarded (${discard})`);
        continue;
      }
      if (consumed.has(clause.head)) {
        record('not coded on its own: the governing verb\'s pattern already covers this verb');
        continue;
      }
      if (clause.framing) {
        record(FRAMINGS[clause.framing]);
        continue;
      }
      const governing = clause.governor >= 0 ? clauses[clause.governor] : clause.complementOf >= 0 ? clauses[clause.complementOf] : null;
      if (governing && !clause.negated && clause.mode !== 'obligation' && proposes(lexicon, doc.tokens[governing.head])) {
        record(`not coded: it is what "${doc.tokens[governing.head].text}" asks for, refuses, alleges or denies, not what happened`);
        continue;
      }
      let match = matchPatterns(doc, lexicon, clause, actors, tried);
      // "Britain said Libya must hand over the suspects": what one actor says another must do is a demand.
      // "Russia must withdraw," Zelenskiy said: what a direct quote says someone must do, its speaker demands.
      const demander = reporter.length > 0 ? reporter : clause.mode === 'obligation' ? quoteSpeaker(doc, clause) : [];
      if (clause.mode === 'obligation' && demander.length > 0 && actors.subjects.length > 0 && !actors.subjects.some((m) => demander.some((d) => d.code === m.code))) match = demandOf(match, demander, actors.subjects, lexicon);
      if (!match) {
        record(tried && tried.length > 0 ? 'no pattern matched' : `no pattern for the verb "${doc.tokens[clause.head].lemma}"`);
        continue;
      }
      for (const t of match.used) consumed.add(t);
      for (const other of clauses) if (match.pattern.code !== NULL_CODE && speaksFor(clauses, other, clause, match)) consumed.add(other.head);
      const date = clauseDate(doc, clause);
      // "Gunmen attacked a police station in northwest Pakistan, killing four officers": a participle after a comma
      // happened where the clause before it did.
      const placed = (k: Clause): PlaceMention | undefined => doc.places.find((p) => p.firstToken >= k.start && p.lastToken <= k.end);
      const continuing = c > 0 && continuesBefore(doc, clause);
      const where = placed(clause) ?? (continuing ? placed(clauses[c - 1]) : undefined);
      // "…opened fire on an Israeli checkpoint near Jenin, wounding two soldiers": those it harmed are of the side
      // the act before was done to.
      const harmedSide = continuing ? codedBy[c - 1].find((e) => FORCE.test(e.root) && e.target !== null && e.target.slice(0, 3) !== e.source.slice(0, 3))?.target?.slice(0, 3) : undefined;
      const verbToken = doc.tokens[clause.head];
      let emitted = 0;
      // codedPairs: source × target with the pattern's code, plus reverse events of paired codes ([032:033]).
      const intended = clause.mode !== null && clause.mode !== 'obligation' && match.pattern.reach !== 'sentence';
      const place = where ? { name: where.name, country: where.country, lat: where.lat, lon: where.lon } : null;
      // "Israeli airstrikes killed…": the act the subject names says how; a clash is coded as the noun's own.
      const force = match.pattern.code.startsWith('18') ? subjectForce(doc, lexicon, clause) : undefined;
      for (const { source, target: named, cameo: written } of withMeetingReverse(codedPairs(match), clause, match)) {
        const object = named ? null : objectTarget(doc, lexicon, clause, source, match.used, match.pattern.code, match.sources, harmedSide);
        const fallback = placeTarget(where, source, match.pattern.code) ?? object?.domestic ?? protestTarget(lexicon, source, match.pattern.code, where) ?? homeForceTarget(where, source, match.pattern.code) ?? threatTarget(doc, codeable[s], clause.head, source, match.pattern.code) ?? postureTarget(doc, codeable[s], clause, source, match.pattern.code);
        const targets = named ? [named] : object && object.actors.length > 0 ? object.actors : [fallback];
        if (force?.mutual) continue;
        const cameo = force ? force.code : attackerCode(match.note === 'demand' ? demandCode(written) : intended ? intentCode(written) : written, source.code ?? '');
        // "Syria will not accept more refugees", "refused to withdraw": a refused cooperation is CAMEO's rejection
        // of it, an event of its own; the negated cooperation is kept beside it, marked negated. What one would
        // not do ("would not want to invite them") is left a negated possibility.
        const refusal = clause.negated && clause.mode !== 'hypothetical' && !notYet(doc.tokens, clause.group) && match.pattern.reach !== 'sentence' ? rejectionCode(cameo) : null;
        const variants: Array<[string, boolean]> = refusal ? [[cameo, true], [refusal, false]] : [[cameo, clause.negated]];
        for (const target of targets) {
          for (const [cameoCode, negated] of variants) {
            const event = eventOf(lexicon, warnings, { sentence: s, span: sentence, source, target, cameo: cameoCode, negated, mode: clause.mode, date, place, rule: match.pattern.rule, verb: verbToken });
            events.push(event);
            codedBy[c].push(event);
            emitted++;
          }
        }
      }
      generic[c] = match.generic === true;
      record(`${emitted} event(s) from ${match.pattern.rule}${clause.negated ? ' (negated)' : ''}${clause.mode ? ` (${clause.mode})` : ''}`);
    }
    // "condemned Israel's strikes on Lebanon": an act of force a noun names, where no verb coded that pair.
    if (!discard) {
      for (const act of nominalActs(doc, lexicon, s, clauses, codeable[s], subjectsOf)) {
        const targetCode = 'via' in act.target ? act.target.code : act.target.country;
        const root = act.code.slice(0, 2);
        const alike = (other: string): boolean => (FORCE.test(root) ? FORCE.test(other) : other === root);
        // Same two countries, or for two sides of one country ("Sudan's army and the RSF") the same two actors.
        const domestic = act.source.code?.slice(0, 3) === targetCode?.slice(0, 3);
        const same = (a: string | null, b: string | null | undefined): boolean => (domestic ? a === b : a?.slice(0, 3) === b?.slice(0, 3));
        if (events.some((e) => e.sentence === s && alike(e.root) && same(e.source, act.source.code) && same(e.target, targetCode))) continue;
        const target = { code: targetCode, start: act.target.start, end: act.target.end, text: act.target.text };
        events.push(eventOf(lexicon, warnings, { sentence: s, span: sentence, source: act.source, target, cameo: act.code, negated: false, mode: null, date: clauseDate(doc, act.clause), place: null, rule: act.rule, verb: doc.tokens[act.noun] }));
      }
    }
    if (!discard) events.push(...mediated(doc, lexicon, warnings, s, clauses, codedBy, events));
    // "agreed to provide aid": the governed verb's code says what was agreed; the generic "agree to" goes.
    for (let c = 0; c < clauses.length; c++) {
      if (!generic[c] || codedBy[c].length === 0) continue;
      const finer = clauses.some((other, o) => codedBy[o].length > 0 && other.mode === 'intended' && contentOf(clauses, other, clauses[c]));
      if (finer) for (const event of codedBy[c]) dropped.add(event);
    }
  }
  // "denied that…, dismissing the accusation": one act told twice in a sentence is one event.
  const told = new Set<string>();
  const kept = events.filter((e) => {
    if (dropped.has(e) || (e.root === '01' && reportsAnother(e, events))) return false;
    const key = `${e.sentence}|${e.source}|${e.target}|${e.cameo}|${e.negated}|${e.mode}`;
    if (told.has(key)) return false;
    told.add(key);
    return true;
  });
  return { events: kept.map((e) => answeringAccuser(e, kept)), warnings };
}

/**
 * "Russia and Ukraine swapped prisoners in an exchange mediated by the UAE", "Israel and Hamas agreed to a
 * Qatari-brokered truce": the go-between mediated (045) with each party to what was done: the act its noun names
 * ("talks mediated by Qatar"), else what the clause it is told in coded, or the clause whose subject that one
 * shares ("agreed to restore ties and reopen embassies after Turkish-mediated talks").
 */
function mediated(doc: Doc, lexicon: Lexicon, warnings: string[], s: number, clauses: Clause[], codedBy: Event[][], events: Event[]): Event[] {
  const out: Event[] = [];
  const twoSided = (e: Event): boolean => !e.negated && e.target !== null && (e.mode === null || e.mode === 'intended');
  for (const { mediators, at, noun } of mediationsIn(doc, s)) {
    let c = mediatedClause(doc, clauses, at);
    if (c < 0 || clauses[c].negated || (clauses[c].mode !== null && clauses[c].mode !== 'intended')) continue;
    let done = noun >= 0 ? events.filter((e) => e.sentence === s && e.verb.start === doc.tokens[noun].start && twoSided(e)) : [];
    while (done.length === 0 && c >= 0) {
      done = codedBy[c].filter(twoSided);
      const clause = clauses[c];
      c = clause.governor >= 0 ? clause.governor : clause.start === clause.group.first ? c - 1 : -1;
    }
    const parties = new Map<string, ObjectTarget>();
    const party = (code: string | null, mention: Event['sourceMention']): void => void (code && mention && parties.set(code, { code, start: mention.start, end: mention.end, text: mention.text }));
    for (const e of done) {
      party(e.source, e.sourceMention);
      party(e.target, e.targetMention);
    }
    for (const mediator of mediators) {
      const country = mediator.code?.slice(0, 3);
      const sides = [...parties.values()].filter((p) => p.code?.slice(0, 3) !== country);
      if (sides.length < 2) continue;
      for (const target of sides) {
        if ([...events, ...out].some((e) => e.sentence === s && e.root === '04' && e.source === mediator.code && e.target === target.code)) continue;
        out.push(eventOf(lexicon, warnings, { sentence: s, span: doc.sentences[s], source: mediator, target, cameo: MEDIATE, negated: false, mode: null, date: clauseDate(doc, clauses[mediatedClause(doc, clauses, at)]), place: null, rule: 'mediation:mediated-by', verb: doc.tokens[at] }));
      }
    }
  }
  return out;
}

/** How many sentences back an answer (a denial, a rejection) looks for what it answers. */
const ANSWER_REACH = 1;

/** Answers and what each answers: a denial an accusation, a rejection a demand or appeal. */
const ANSWERS: Array<[answer: RegExp, prompt: RegExp]> = [
  [/^016$/, /^11$/],
  [/^12/, /^(02|10)$/],
];

/**
 * "New Delhi blamed the attack on Pakistan-backed militants. Islamabad denied any role", "The AU urged Niger's
 * junta to release Bazoum. The junta rejected the demand": an answer with no one named answers the latest
 * accusation, demand or appeal addressed to its source, in its sentence or the one before, and is addressed to
 * whoever made it.
 */
function answeringAccuser(event: Event, events: Event[]): Event {
  const prompt = ANSWERS.find(([answer]) => answer.test(event.cameo))?.[1];
  if (!prompt || event.target !== null || event.negated) return event;
  const country = event.source.slice(0, 3);
  let asked: Event | undefined;
  for (const e of events) {
    if (e !== event && prompt.test(e.root) && !e.negated && e.target?.startsWith(country) && e.sentence <= event.sentence && e.sentence >= event.sentence - ANSWER_REACH && e.source.slice(0, 3) !== country) asked = e;
  }
  return asked ? { ...event, target: asked.source, targetMention: asked.sourceMention } : event;
}

function untraced(): void {}

/** The resolved time expression in the clause, else the article's date. */
const clauseDate = (doc: Doc, clause: Clause): string | null => doc.times.find((t) => t.firstToken >= clause.start && t.lastToken <= clause.end)?.start ?? doc.published;

type EventFields = {
  sentence: number;
  span: { start: number; end: number };
  source: ActorMention;
  target: ObjectTarget | null;
  cameo: string;
  negated: boolean;
  mode: string | null;
  date: string | null;
  place: Event['place'];
  rule: string;
  verb: { start: number; end: number; text: string };
};

/** An event with its code's facts from cameo.tsv; a code the table lacks is reported in `warnings`. */
function eventOf(lexicon: Lexicon, warnings: string[], f: EventFields): Event {
  const code = describeCode(lexicon, f.cameo);
  if (!code.known) warnings.push(`${f.rule}: code ${f.cameo} is not in cameo.tsv`);
  return {
    sentence: f.sentence,
    source: f.source.code!,
    target: f.target?.code ?? null,
    cameo: f.cameo,
    root: code.root,
    quad: code.quad,
    goldstein: code.goldstein,
    plover: { event: code.ploverEvent, mode: code.ploverMode },
    negated: f.negated,
    mode: f.mode,
    date: f.date,
    place: f.place,
    evidence: { start: f.span.start, end: f.span.end },
    rule: f.rule,
    verb: { start: f.verb.start, end: f.verb.end, text: f.verb.text },
    sourceMention: { start: f.source.start, end: f.source.end, text: f.source.text },
    targetMention: f.target ? { start: f.target.start, end: f.target.end, text: f.target.text } : null,
  };
}

/**
 * "Wang Yi held talks with Mauro Vieira": a meeting, call or negotiation that took place is also the other side's
 * ("Riyadh received al-Sharaa" is Syria's visit). Not one that is planned, refused or only possible.
 */
function withMeetingReverse(pairs: CodedPair[], clause: Clause, match: Match): CodedPair[] {
  if (clause.negated || clause.mode !== null || match.pattern.reach === 'sentence') return pairs;
  const out = [...pairs];
  for (const { source, target, cameo } of pairs) {
    const reverse = meetingReverse(cameo);
    if (target && reverse && !out.some((p) => p.source.code === target.code && p.target?.code === source.code && p.cameo === reverse)) out.push({ source: target, target: source, cameo: reverse });
  }
  return out;
}

const FRAMINGS: Record<NonNullable<Clause['framing']>, string> = {
  condition: 'not coded: a condition ("if …", "before they …"), not an event',
  claim: 'not coded: what a claim or allegation says, not what happened',
  proposal: 'not coded: what a demand, appeal, offer or plan asks for, not what happened',
  opposed: 'not coded: what is warned, argued or voted against, not what happened',
};

/** What a country's own people ask of or hold against their state: appeals (02), demands (10), protest (14). */
const DISSENT = /^(02|10|14)/;

/** Roles of people who protest, strike and rally against their own state. */
const PROTESTING = new Set(['OPP', 'LAB', 'EDU', 'AGR', 'CVL', 'HLH', 'REL', 'RAD', 'MED', 'BUS', 'ELI']);

/**
 * "Kenyan doctors went on strike", "Serbian students rallied in Belgrade", "the opposition called for electoral
 * reforms": a protest, demand or appeal by a country's own people at home with no target named is addressed to
 * that country, as CAMEO coders record domestic dissent.
 */
function protestTarget(lexicon: Lexicon, source: ActorMention, code: string, where: PlaceMention | undefined): ObjectTarget | null {
  const country = source.code?.slice(0, 3) ?? '';
  const abroad = where?.country != null && where.country !== country;
  // "Thousands of Kenyans marched": a people named by its demonym protests as its civilians do.
  const people = source.via === 'demonym' && source.code?.length === 3;
  if (!DISSENT.test(code) || abroad || !(people || PROTESTING.has(source.code?.slice(3, 6) ?? '')) || !lexicon.countries.byCode.has(country)) return null;
  return { code: country, start: source.start, end: source.end, text: source.text };
}

/** Roots of what is done to a place and those in it: material cooperation (06–09) and force (15–20). */
const DONE_TO_PLACE = /^(0[6-9]|1[5-9]|20)/;

/**
 * "suspended aid deliveries in Baghdad", "lifted the curfew in Montenegro", "shelled villages in Lebanon": with no
 * target named, a material act in another country is done to that country. At home it stays without a target.
 */
function placeTarget(where: PlaceMention | undefined, source: ActorMention, code: string): ObjectTarget | null {
  if (!where?.country || !source.code || !DONE_TO_PLACE.test(code) || source.code.startsWith(where.country)) return null;
  return { code: where.country, start: where.start, end: where.end, text: where.text };
}

/**
 * "M23 rebels seized most of Goma", "gunmen attacked a village in Zamfara", "the junta bombed a village in Rakhine":
 * force used at home with no one named is used against the country and its people there, as CAMEO coders record
 * insurgency and civil war; so is coercion ("the army imposed a curfew in Kathmandu").
 */
function homeForceTarget(where: PlaceMention | undefined, source: ActorMention, code: string): ObjectTarget | null {
  const country = source.code?.slice(0, 3) ?? '';
  if (!where || where.country !== country || !DONE_AT_HOME.test(code)) return null;
  return { code: country, start: where.start, end: where.end, text: where.text };
}

const FORCE = /^(1[89]|20)/;
/** Coercion (17) and force (18–20): what a state done at home with no one named does to its own country. */
const DONE_AT_HOME = /^(1[789]|20)/;

/**
 * "threatened to impose tariffs on countries that buy Russian oil unless Moscow agrees…", "warned that it would
 * suspend cooperation with the United States if Washington…": a threat with no one named as its object is aimed at
 * the first other country the rest of the sentence names (not where something happens).
 */
function threatTarget(doc: Doc, mentions: ActorMention[], verb: number, source: ActorMention, code: string): ObjectTarget | null {
  if (!code.startsWith('13') || !source.code) return null;
  const own = source.code.slice(0, 3);
  const { tokens } = doc;
  // "near its border with Bulgaria" names a place too.
  const placed = (m: ActorMention): boolean => LOCATIVE_PREPOSITIONS.has(tokens[m.firstToken - 1]?.lower ?? '') || (tokens[m.firstToken - 1]?.lower === 'with' && /^(border|frontier)$/.test(tokens[m.firstToken - 2]?.lower ?? ''));
  // Not past an adjunct: "threatened reprisals after talks with Peru" threatens no one named.
  let end = verb + 1;
  while (end < tokens.length && tokens[end].sentence === tokens[verb].sentence && !ADJUNCTS.has(tokens[end].lower)) end++;
  const aimed = mentions.find((m) => m.firstToken > verb && m.lastToken < end && m.code !== null && m.code.slice(0, 3) !== own && !placed(m));
  return aimed?.code ? { code: aimed.code, start: aimed.start, end: aimed.end, text: aimed.text } : null;
}

/** Words opening what a show of force answers: "after North Korea fired…", "in response to the build-up of US warships". */
const ANSWERING = new Set(['after', 'following', 'amid', 'as', 'over']);

/**
 * "South Korea put its troops on alert after North Korea fired missiles", "Venezuela deployed troops in response to
 * the build-up of US warships": a show of force (15) with no one named as its object is aimed at the other country
 * whose act it answers, the first one named after "after", "amid", "in response to" and the like.
 */
function postureTarget(doc: Doc, mentions: ActorMention[], clause: Clause, source: ActorMention, code: string): ObjectTarget | null {
  if (!code.startsWith('15') || !source.code) return null;
  const { tokens } = doc;
  const own = source.code.slice(0, 3);
  const last = doc.sentences[tokens[clause.head].sentence].lastToken;
  for (let t = clause.head + 1; t <= last; t++) {
    const response = tokens[t].lower === 'response' || tokens[t].lower === 'retaliation' ? t + 1 : -1;
    // Not "as part of a NATO mission", "as well as".
    const answering = ANSWERING.has(tokens[t].lower) && !(tokens[t].lower === 'as' && /^(part|well)$/.test(tokens[t + 1]?.lower ?? ''));
    if (!answering && !(response > 0 && /^(to|for)$/.test(tokens[response]?.lower ?? ''))) continue;
    const answered = mentions.find((m) => m.firstToken > t && m.code !== null && !LOCATIVE_PREPOSITIONS.has(tokens[m.firstToken - 1]?.lower ?? ''));
    if (!answered?.code || answered.code.slice(0, 3) === own) return null;
    return { code: answered.code, start: answered.start, end: answered.end, text: answered.text };
  }
  return null;
}

/**
 * ", killing four officers", "killed four people and wounded dozens": an "-ing" verb after a comma, or a verb after
 * "and", with no subject of its own, goes on from the clause before.
 */
function continuesBefore(doc: Doc, clause: Clause): boolean {
  const joiner = doc.tokens[clause.start - 1];
  if (clause.start !== clause.group.first || !joiner) return false;
  return joiner.lower === 'and' || (joiner.text === ',' && clause.group.first === clause.head && doc.tokens[clause.head].lower.endsWith('ing'));
}

/**
 * A bare "-ing" verb right after a noun ("aircraft including…", "forces using…"), or a past participle there
 * before a preposition ("a newspaper based in Beirut"): it qualifies that noun.
 */
function qualifies(doc: Doc, clause: Clause): boolean {
  const head = doc.tokens[clause.head];
  const before = doc.tokens[clause.group.first - 1];
  const named = before !== undefined && namedIn(doc, before.sentence).some((m) => m.lastToken === clause.group.first - 1);
  const participle = head.lower.endsWith('ing') || (isPastForm(head.lower) && doc.tokens[clause.head + 1]?.pos === 'ADP');
  return clause.group.first === clause.head && participle && before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN' || named);
}

/** The coded speaker of the direct quote the clause stands in, as the mention that names them. */
function quoteSpeaker(doc: Doc, clause: Clause): ActorMention[] {
  const at = doc.tokens[clause.head].start;
  const quote = doc.quotes.find((q) => q.kind !== 'indirect' && q.start <= at && at < q.end && q.speaker?.actor);
  const speaker = quote?.speaker ? doc.mentions.find((m) => m.start === quote.speaker?.start && m.code !== null) : undefined;
  return speaker ? [speaker] : [];
}

const ATTRIBUTING = new Set(['blame', 'claim', 'attribute']);

/** "A drone attack blamed on the RSF struck…", "a bombing claimed by Islamic State killed…": whom the act is put down to. */
function attributedTo(doc: Doc, participle: Clause): ActorMention[] | null {
  const { tokens } = doc;
  if (!ATTRIBUTING.has(tokens[participle.head].lemma) || !/^(on|by|to)$/.test(tokens[participle.head + 1]?.lower ?? '')) return null;
  const agent = namedAt(doc, participle.head + 2);
  return agent ? [agent] : null;
}

/** Whether only "to" and adverbs stand between a governing verb and its infinitive ("prepared to deploy"). */
function adjoins(doc: Doc, governor: Clause, clause: Clause): boolean {
  for (let t = governor.group.last + 1; t < clause.group.first; t++) if (doc.tokens[t].lower !== 'to' && doc.tokens[t].pos !== 'ADV') return false;
  return true;
}

/** The clause that governs clause `c` through its infinitives and gerunds, or `c` itself. */
function topOf(clauses: Clause[], c: number): number {
  let top = c;
  while (clauses[top].governor >= 0) top = clauses[top].governor;
  return top;
}

/** The clause that governs `c` or takes it as its "that" clause, and so on up to the sentence's main clause. */
function mainOf(clauses: Clause[], c: number): number {
  let top = c;
  while (clauses[top].governor >= 0 || clauses[top].complementOf >= 0) top = clauses[top].governor >= 0 ? clauses[top].governor : clauses[top].complementOf;
  return top;
}

const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);

/** Whether the clause's subject is a lone personal pronoun ("said it would…") or the speaker's own state ("said their countries were prepared to…"). */
function pronounSubject(doc: Doc, clause: Clause): boolean {
  const [first, second] = [doc.tokens[clause.start], doc.tokens[clause.start + 1]];
  if (clause.group.first === clause.start + 2 && POSSESSIVE_PRONOUNS.has(first.lower) && STATES.has(second.lower)) return true;
  return clause.group.first === clause.start + 1 && PRONOUNS.has(first.lower);
}

const STATES = new Set(['country', 'countries', 'government', 'governments', 'nation', 'nations']);

/** Whether the subject pronoun stands for an actor between the reporting verb and its complement. */
function addressee(mentions: ActorMention[], reporting: Clause, clause: Clause, subjects: ActorMention[]): boolean {
  const pronoun = subjects[0];
  return pronoun !== undefined && mentions.some((m) => m.code === pronoun.code && m.firstToken > reporting.head && m.lastToken < clause.start);
}

/** A demand by the reporter of what the reported subject must do, coded as CAMEO's demand for the same thing. */
function demandOf(match: Match | null, reporter: ActorMention[], subjects: ActorMention[], lexicon: Lexicon): Match | null {
  const demands = lexicon.verbs.get('demand')?.find((p) => p.code === '100' && p.elements.length === 0);
  const pattern = match ? match.pattern : demands;
  if (!pattern) return null;
  return { pattern, sources: reporter, targets: subjects, used: match?.used ?? [], score: match?.score ?? 0, note: 'demand' };
}

/**
 * Codes whose complement is a proposal, not a fact: what was asked for, promised, demanded, refused,
 * threatened or alleged ("demanded that Japan apologize", "threatened to close the strait") is not coded again.
 */
const PROPOSALS = new Set(['02', '03', '10', '11', '12', '13']);

/** Roots whose governed verbs say what is alleged or refused: "accused Ethiopia of preparing to seize…". */
const ALLEGING = new Set(['11', '12']);

/** Whether `other` is governed by `clause` or is its complement, directly or through another clause. */
function contentOf(clauses: Clause[], other: Clause, clause: Clause): boolean {
  const index = clauses.indexOf(clause);
  for (let c = clauses.indexOf(other); c >= 0; ) {
    const up = clauses[c].governor >= 0 ? clauses[c].governor : clauses[c].complementOf;
    if (up === index) return true;
    c = up;
  }
  return false;
}

/**
 * Whether the match of `clause` speaks for `other`: when the pattern read the other's verb ("demanded that
 * Japan apologize"); an infinitive or gerund it governs ("vowed to hold elections", "accused Peru of spying"),
 * and a "that" complement when the code is a proposal — unless the pattern is generic ("agreed to") over what
 * is intended, which leaves the governed verb to code what was agreed; not a complement that reports speech.
 */
function speaksFor(clauses: Clause[], other: Clause, clause: Clause, match: Match): boolean {
  const index = clauses.indexOf(clause);
  let governed = true;
  for (let c = clauses.indexOf(other); c >= 0; ) {
    const up = clauses[c].governor >= 0 ? clauses[c].governor : clauses[c].complementOf;
    if (clauses[c].governor < 0) governed = false;
    if (up === index) {
      if (match.used.includes(other.head)) return true;
      // …but what one accuses another of, or rejects, stays theirs however it is worded.
      if (match.generic && other.mode === 'intended' && !ALLEGING.has(match.pattern.code.slice(0, 2))) return false;
      return governed || PROPOSALS.has(match.pattern.code.slice(0, 2));
    }
    c = up;
  }
  return false;
}

/** "X said that Y will attack Z" codes Y → Z; the statement itself counts only when nothing else is coded. */
function reportsAnother(statement: Event, events: Event[]): boolean {
  return events.some((e) => e.sentence === statement.sentence && e.root !== '01' && !e.negated && e.verb.start > statement.verb.start);
}
