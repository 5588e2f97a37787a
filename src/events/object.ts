// The target a verb's object holds when the pattern named none. Read left to right through the object:
// - an actor inside it is the target: "condemned the coup in Gabon", "suspended the broadcasts of a French radio
//   station", "demanded the resignation of Armenia's prime minister", "airdropped food into northern Gaza";
// - a bare role with no country of its own ("Ghanaian police arrested three journalists", "pardoned 110 rebels")
//   is the acting state's own people, as CAMEO coders read domestic events. Migrants and refugees are left alone:
//   they are most often foreign.
// A place right after the verb says where the act happened, not to whom ("protested in Warsaw against …"), and a
// place in the source's own country names no one else ("rescued 200 migrants off Crete").
import type { ActorMention, Doc, PlaceMention } from '../doc.ts';
import { matchAt } from '../lexicon/gazetteer.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { chunksIn } from '../nlp/chunks.ts';
import { namingAside, type Clause } from './clauses.ts';
import { otherSide } from './match.ts';
import { agentAfterParticiple } from './named.ts';
import { isPastForm, isPossessiveMark } from '../nlp/words.ts';

export type ObjectTarget = Pick<ActorMention, 'code' | 'start' | 'end' | 'text'>;

/** How far past the verb group the object is read ("the homes of 25 suspected members"). */
const MAX_OBJECT_TOKENS = 16;
const FOREIGN_ROLES = new Set(['REF']);
/** Words that end the object: a new clause or a relative pronoun ("journalists who had reported"). */
const OBJECT_ENDS = /^(VERB|AUX|PRON|SCONJ|PUNCT)$/;
/** Prepositions that start an adjunct: where or when something came from, or in what role ("as part of a NATO
 * mission"), not whom it was done to. "The attack by Hamas" is not one: condemning or investigating it is done to
 * Hamas. */
const NOT_TO = new Set(['from', 'via', 'through', 'despite', 'without', 'after', 'before', 'during', 'since', 'until', 'like', 'unlike', 'except', 'besides', 'as']);

/**
 * `used`: the tokens the pattern read ("fire tear gas at"), passed over as words of the verb phrase; `sources`: the
 * clause's sources, whose own possessives name no one else; `harmedSide`: the country whose people an act of force
 * harms, when the clause before says ("opened fire on an Israeli checkpoint, wounding two soldiers"). Returns the
 * actors the object names, the first and those joined to it ("sanctions on three Iranian officials and two
 * Chinese companies"), else a bare role in it taken as the source's own people (`domestic`).
 */
export function objectTarget(doc: Doc, lexicon: Lexicon, clause: Clause, source: ActorMention, used: number[], eventCode: string, sources: ActorMention[] = [source], harmedSide?: string): { actors: ObjectTarget[]; domestic: ObjectTarget | null } {
  const country = source.code?.slice(0, 3) ?? '';
  const { tokens, text } = doc;
  const first = clause.group.last + 1;
  const read = new Set(used);
  // ", including two Turkish nationals" heads a clause of its own, but counts the object's people.
  const comma = tokens[clause.end]?.text === ',' ? clause.end : clause.end + 1;
  const inclusion = tokens[comma]?.text === ',' && INCLUDING.has(tokens[comma + 1]?.lower ?? '') ? doc.sentences[tokens[clause.head].sentence].lastToken : clause.end;
  const last = Math.min(inclusion, first + MAX_OBJECT_TOKENS + read.size - 1);
  const mentions = doc.mentions.filter((m) => m.code !== null && m.via !== 'pronoun' && m.firstToken >= first && m.firstToken <= last);
  const places = doc.places.filter((p) => p.country !== null && p.firstToken >= first && p.firstToken <= last);
  /** Whether the object has begun before token `i`: a word not of the verb phrase, or a noun the pattern read. */
  const objectBefore = (i: number): boolean => {
    for (let k = i - 1; k >= first; k--) if ((!read.has(k) || tokens[k].pos === 'NOUN') && tokens[k].pos !== 'ADP') return true;
    return false;
  };
  let domestic: ObjectTarget | null = null;
  let hostTarget: ObjectTarget | undefined;
  let home: string | undefined;
  let foreignRole = false;
  const actors: ObjectTarget[] = [];
  /** Since the last actor found: whether "and" or a comma came, and whether a preposition did. */
  let joined = false;
  let detached = false;
  /** Actors named after ", including": more of those the object counts, beside them. */
  let included = false;
  for (let i = first; i <= last; i++) {
    // A noun the pattern read may still name whom it was done to ("opened fire on protesters").
    if (read.has(i) && !(tokens[i].pos === 'NOUN' && domestic === null && actors.length === 0)) continue;
    // "killed 12 people, including two Turkish nationals": those named are targets beside the people counted.
    if (!included && tokens[i].text === ',' && INCLUDING.has(tokens[i + 1]?.lower ?? '') && (domestic !== null || actors.length > 0)) {
      included = true;
      joined = true;
      i++;
      continue;
    }
    const aside = namingAside(tokens, i);
    if (aside > 0) {
      i += aside - 1;
      continue;
    }
    // "reprisals after talks with Peru": what follows an adjunct is not the object.
    // "a planned visit": a participle after an article modifies the noun, it starts no clause.
    // "by its foreign minister": a possessive pronoun is a determiner.
    // "of ousted Prime Minister Sheikh Hasina's party": a past participle before a noun is an adjective.
    const participle = tokens[i].pos === 'VERB' && isPastForm(tokens[i].lower) && /^(NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '') && /^(ADP|DET|ADJ)$/.test(tokens[i - 1]?.pos ?? '');
    // "the resolution drafted by France": a participle with its agent goes on to whose the object is.
    const agentive = agentAfterParticiple(tokens, i, true) > 0;
    const modifier = participle || agentive || (tokens[i].pos === 'VERB' && /^(DET|NUM)$/.test(tokens[i - 1]?.pos ?? '')) || (tokens[i].pos === 'PRON' && /^(NOUN|ADJ|PROPN)$/.test(tokens[i + 1]?.pos ?? ''));
    // "demanded the release of two French nationals held in Iran": who holds the people asked for is addressed.
    const holder = ADDRESSED.test(eventCode) ? holderAfter(doc, i, last, mentions, places) : undefined;
    if (holder) {
      const target = asTarget(holder);
      if (target.code?.slice(0, 3) !== country) return { actors: [target], domestic: null };
    }
    const coordinator = actors.length > 0 && (tokens[i].lower === 'and' || tokens[i].lower === 'or' || tokens[i].text === ',');
    if (coordinator) joined = true;
    // "tariffs on goods from Mexico": after what is traded, "from" names whose it is.
    const traded = tokens[i].lower === 'from' && TRADED.has(tokens[i - 1]?.lemma ?? '');
    if (!coordinator && ((OBJECT_ENDS.test(tokens[i].pos) && !modifier) || (NOT_TO.has(tokens[i].lower) && !traded))) break;
    if (actors.length > 0 && tokens[i].pos === 'ADP') detached = true;
    const mention = mentions.find((m) => m.firstToken === i);
    const place = mention ? undefined : places.find((p) => p.firstToken === i);
    const found = mention ?? place;
    // "Indian and French troops began their exercises": a possessive standing for the subjects is a determiner.
    if (mention?.via === 'possessive' && sources.some((s) => s.code === mention.code)) {
      i = mention.lastToken;
      continue;
    }
    if (found) {
      const preposition = precedingPreposition(doc, i, first);
      // A role of the source's own country ("arrested Kenyan journalists") is someone else; its name is not.
      // So is a named group or person of its own country ("banned the Awami League").
      const other = mention !== undefined && (mention.kind === 'group' || mention.kind === 'person') && mention.code !== source.code;
      const foreign = mention ? !mention.code!.startsWith(country) || mention.via === 'agent' || other : place!.country !== country;
      const adverbial = preposition !== null && PLACING.has(tokens[preposition].lower) && !objectBefore(preposition);
      // A place after the object of a meeting or an accord is most often where it was held ("signed the accord in
      // Washington"); after a condemnation, an appeal or a threat it is whom it concerns ("the coup in Gabon").
      const venue = !mention && VENUE_ROOTS.has(eventCode.slice(0, 2));
      // A place right after a meeting's noun is its host, whom the act concerns only when no party to the meeting is
      // named ("boycott the summit in Minsk", but "called off a summit in Budapest between Trump and Putin").
      const host = !mention && preposition !== null && MEETINGS.has(tokens[preposition - 1]?.lemma ?? '');
      const party = mention !== undefined && ownedBy(doc, mention);
      const target = asTarget(found);
      if (host && !venue && foreign && actors.length === 0) hostTarget ??= target;
      else if (!adverbial && foreign && !venue && !party && target.code !== source.code) {
        if (actors.length > 0 && (!joined || detached)) break;
        if (!actors.some((a) => a.code === target.code)) actors.push(target);
        joined = false;
      }
      i = found.lastToken;
      continue;
    }
    if (actors.length > 0) continue;
    const role = matchAt(lexicon.agents, text, tokens, i, clause.end);
    if (!role) continue;
    // The first role is the source's own people unless an actor or a foreign place follows in the object
    // ("supplies to hospitals in northern Gaza").
    const code = role.entry.value.code;
    // "put its troops on alert", "launched a military offensive": in a show or use of force the army is the means.
    const means = FORCE_MEANS.has(code) && FORCE_ROOTS.has(eventCode.slice(0, 2));
    // "Western intelligence services", "foreign journalists": said to be someone else's.
    const elsewhere = FOREIGN_WORDS.has(tokens[role.first - 1]?.lower ?? '');
    // "Russian strikes killed 12 people in Odesa": people where the act is placed abroad are of that country.
    home ??= (HARM.test(eventCode) ? harmedSide : undefined) ?? placedIn(doc, clause, inclusion) ?? country;
    if (!domestic && !foreignRole && !means && !elsewhere && !FOREIGN_ROLES.has(code) && lexicon.countries.byCode.has(home) && `${home}${code}` !== source.code) {
      const start = tokens[role.first].start;
      const end = tokens[role.last].end;
      domestic = { code: `${home}${code}`, start, end, text: text.slice(start, end) };
    }
    foreignRole ||= FOREIGN_ROLES.has(code);
    i = role.last;
  }
  if (actors.length === 0 && hostTarget) actors.push(hostTarget);
  if (included && domestic && actors.length > 0) return { actors: [domestic, ...actors.filter((a) => a.code !== domestic?.code)], domestic: null };
  return { actors, domestic: actors.length > 0 ? null : domestic };
}

const INCLUDING = new Set(['including', 'among']);

/** Codes of what is said or asked of someone: statements, appeals, approval, demands, disapproval, rejection. */
const ADDRESSED = /^(0[1-5]|1[0-2])/;
/** Participles of holding people: "nationals held in Iran", "journalists detained by the junta". */
const HOLDING = new Set(['hold', 'detain', 'imprison', 'jail', 'capture', 'kidnap', 'abduct', 'seize', 'arrest']);

/** The actor or place holding the people a participle at `i` says are held there or by it ("held in Iran"). */
function holderAfter(doc: Doc, i: number, last: number, mentions: ActorMention[], places: PlaceMention[]): ActorMention | PlaceMention | undefined {
  const { tokens } = doc;
  const verb = tokens[i];
  if (verb.pos !== 'VERB' || !HOLDING.has(verb.lemma) || !isPastForm(verb.lower) || !/^(in|by)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
  let k = i + 2;
  while (k <= last && /^(DET|ADJ)$/.test(tokens[k].pos)) k++;
  return mentions.find((m) => m.firstToken === k) ?? places.find((p) => p.firstToken === k);
}

/** Things traded, whose origin "from X" is the country a tariff, ban or embargo falls on. */
const TRADED = new Set(['good', 'goods', 'import', 'imports', 'export', 'exports', 'product', 'products', 'shipment', 'shipments', 'steel', 'aluminium', 'aluminum', 'oil', 'gas', 'grain', 'car', 'cars', 'vehicle', 'vehicles', 'produce', 'seafood', 'beef', 'wine', 'chip', 'chips', 'commodity', 'commodities', 'flight', 'flights', 'visitor', 'visitors', 'traveller', 'travellers', 'traveler', 'travelers']);

const FORCE_MEANS = new Set(['MIL', 'COP']);
/** Codes of force, whose bare-role objects are the people harmed. */
const HARM = /^(1[89]|20)/;
const FORCE_ROOTS = new Set(['15', '19', '20']);
const FOREIGN_WORDS = new Set(['foreign', 'western', 'international', 'overseas', 'outside', 'external']);

/** Prepositions that say where, so that right after the verb they place the act: "protested in Warsaw". */
const PLACING = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'within', 'around', 'on']);

const MEETINGS = new Set(['summit', 'meeting', 'talk', 'talks', 'conference', 'negotiation', 'negotiations', 'visit', 'ceremony', 'forum']);

/** Roots whose acts are held somewhere: intent to meet, consultation, diplomatic cooperation. */
const VENUE_ROOTS = new Set(['03', '04', '05']);

/** The one country of the places the sentence puts things in ("in Odesa", "near Kandahar") up to the clause's end, or null. */
function placedIn(doc: Doc, clause: Clause, end: number): string | null {
  // Its own clause (and its ", including…" list), not a "that" clause it governs ("told parliament that … the war
  // in Ukraine").
  const firstToken = doc.sentences[doc.tokens[clause.head].sentence].firstToken;
  const located = doc.places.filter((p) => p.country !== null && p.firstToken >= firstToken && p.lastToken <= end && PLACING.has(doc.tokens[precedingPreposition(doc, p.firstToken, firstToken) ?? -1]?.lower ?? ''));
  const countries = new Set(located.map((p) => p.country));
  return countries.size === 1 ? [...countries][0] : null;
}

/** "Peru's militia ally", "a US ally": the noun group the actor stands in names another party. */
function ownedBy(doc: Doc, mention: ActorMention): boolean {
  // The group holds the actor, or follows its possessive ("Peru 's militia ally").
  const possessive = isPossessiveMark(doc.tokens[mention.lastToken + 1]);
  const group = chunksIn(doc, doc.tokens[mention.firstToken].sentence).find((c) => c.kind === 'NP' && c.first <= mention.lastToken + (possessive ? 2 : 1) && c.last > mention.lastToken);
  return group !== undefined && otherSide(doc.tokens, mention, group);
}

/** The preposition a phrase at `i` hangs from ("in northern Gaza": "in"), skipping its determiners and modifiers. */
function precedingPreposition(doc: Doc, i: number, first: number): number | null {
  for (let k = i - 1; k >= first; k--) {
    const pos = doc.tokens[k].pos;
    if (pos === 'ADP') return k;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM') return null;
  }
  return null;
}

function asTarget(found: ActorMention | PlaceMention): ObjectTarget {
  const code = 'via' in found ? found.code : found.country;
  return { code, start: found.start, end: found.end, text: found.text };
}
