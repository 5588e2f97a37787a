// Relations from knowledge for the actors an article names (and those its text relations name), on the article's
// date; and where a text relation disagrees with the knowledge, both are kept and both say how they disagree.
import { basename } from 'node:path';
import type { Relation } from '../doc.ts';
import { historyOf, isMemberAt, memberStandings, partnerStandings, standingOn, type Knowledge, type StandingAt } from './knowledge.ts';
import { startOf } from './schema.ts';

/** Counts in the news are rounded ("some 40 partners"); a partner count is only contradicted beyond this share. */
const PARTNER_COUNT_TOLERANCE = 0.1;

export function knownRelations(knowledge: Knowledge, codes: ReadonlySet<string>, textRelations: Relation[], date: string | null): Relation[] {
  if (date === null) return [];
  const known: Relation[] = [];
  const key = (relation: Relation): string => `${relation.subject}|${relation.predicate}|${relation.object}`;
  const index = new Map<string, Relation>();
  const add = (relation: Relation): Relation => {
    const k = key(relation);
    const existing = index.get(k);
    if (existing) return existing;
    index.set(k, relation);
    known.push(relation);
    return relation;
  };
  const bodies = [...codes].filter((code) => knowledge.bodies.has(code));
  for (const code of codes) {
    // Most actors are listed in none of the bodies named: those are passed over without a lookup per body.
    const listed = knowledge.listedIn.get(code);
    if (!listed) continue;
    for (const body of bodies) {
      if (!listed.has(body)) continue;
      for (const list of ['members', 'partners', 'applicants'] as const) {
        const standing = standingOn(knowledge, code, body, list, date);
        if (standing) add(fromStanding(knowledge, standing, date));
      }
    }
  }
  for (const relation of textRelations) {
    if (relation.predicate === 'partner_of' && calledPartner(knowledge, relation, date)) {
      relation.predicate = 'member_of';
      relation.rule = `${relation.rule ?? ''} (read as membership: the knowledge holds a member, not a partner)`;
    }
    const conflict = contradiction(knowledge, relation, date, add);
    if (conflict) relation.conflict = conflict;
  }
  return known;
}

function fromStanding(knowledge: Knowledge, standing: StandingAt, date: string): Relation {
  const predicate =
    standing.list === 'partners' ? 'partner_of' : standing.list === 'applicants' ? 'applicant_to' : standing.role === 'observer' ? 'observer_of' : 'member_of';
  const note = [standing.programme, standing.note, standing.suspendedOnDate ? 'suspended on this date' : null].filter(Boolean).join('; ');
  return { subject: standing.code, predicate, object: standing.body, date, evidence: null, from: 'knowledge', rule: ruleOf(knowledge, standing.body), note };
}

const rulesCache = new WeakMap<Knowledge, Map<string, string>>();

/** The rule a body's knowledge relations cite, its file's name made once per body: every article asks again. */
function ruleOf(knowledge: Knowledge, body: string): string {
  let rules = rulesCache.get(knowledge);
  if (!rules) {
    rules = new Map();
    rulesCache.set(knowledge, rules);
  }
  let rule = rules.get(body);
  if (rule === undefined) {
    const file = knowledge.bodies.get(body)?.file;
    rule = file ? `relations/bodies/${basename(file)}` : 'relations/bodies';
    rules.set(body, rule);
  }
  return rule;
}

/** How the knowledge disagrees with a text relation, adding the knowledge's side to the record; or null. */
function contradiction(knowledge: Knowledge, relation: Relation, articleDate: string, add: (relation: Relation) => Relation): string | null {
  if (!knowledge.bodies.has(relation.object)) return null;
  const date = relation.date ?? articleDate;
  const { subject, object } = relation;
  // Text mentions of OPEC+ are coded as OPEC: a member of either is a member of what the text names.
  const bodies = [object, ...(codedAs(knowledge).get(object) ?? [])];
  const member = firstOf(bodies, (body) => standingOn(knowledge, subject, body, 'members', date));
  const partner = firstOf(bodies, (body) => standingOn(knowledge, subject, body, 'partners', date));
  const knownSide = (predicate: string, note: string): Relation =>
    add({ subject, predicate, object, date, evidence: null, from: 'knowledge', rule: ruleOf(knowledge, object), note });
  const mark = (message: string, side: Relation): string => {
    side.conflict = `the text (${relation.predicate}) disagrees: ${message}`;
    return `the knowledge disagrees: ${message}`;
  };
  switch (relation.predicate) {
    case 'member_of':
      if (member && member.role !== 'observer' && member.role !== 'participant') return null;
      return mark(`${subject} is not a member of ${object} on ${date}${historyNote(knowledge, subject, object)}`, knownSide('not_member_of', describe(member)));
    case 'not_member_of':
    case 'former_member_of':
      if (!member || member.role === 'observer' || member.role === 'participant') {
        if (relation.predicate === 'not_member_of') return null;
        const left = historyOf(knowledge, subject, object).some((standing) => standing.list === 'members' && standing.until !== undefined && startOf(standing.until) <= date);
        if (left) return null;
        return mark(`${subject} was never a member of ${object} before ${date}`, knownSide('not_member_of', 'no membership on record'));
      }
      return mark(`${subject} is a member of ${object} on ${date} (${member.note})`, knownSide('member_of', member.note));
    case 'partner_of':
      if (partner || member) return null;
      return mark(`${subject} has no formal partnership with ${object} on ${date}`, knownSide('not_partner_of', 'no partnership on record'));
    case 'not_partner_of':
      if (!partner) return null;
      return mark(`${subject} is a partner of ${object} on ${date} (${[partner.programme, partner.note].filter(Boolean).join('; ')})`, knownSide('partner_of', partner.note));
    case 'member_count':
    case 'partner_count': {
      const counted = relation.predicate === 'member_count' ? memberStandings(knowledge, object, date).length : partnerStandings(knowledge, object, date).length;
      const side = add({ subject, predicate: relation.predicate, object, count: counted, date, evidence: null, from: 'knowledge', rule: ruleOf(knowledge, object) });
      const stated = relation.count ?? counted;
      const allowed = relation.predicate === 'partner_count' ? Math.ceil(counted * PARTNER_COUNT_TOLERANCE) : 0;
      if (Math.abs(stated - counted) <= allowed) return null;
      return mark(`${object} has ${counted} ${relation.predicate === 'member_count' ? 'members' : 'partners'} on record on ${date}, not ${stated}`, side);
    }
    default:
      return null;
  }
}

function describe(standing: StandingAt | undefined): string {
  return standing ? `${standing.role} only (${standing.note})` : 'no membership on record';
}

/** ", joined 2023-04-04" / ", left 2020-02-01": what the knowledge holds for the pair at other dates. */
function historyNote(knowledge: Knowledge, subject: string, object: string): string {
  const spans = historyOf(knowledge, subject, object).filter((standing) => standing.list === 'members');
  if (spans.length === 0) return '';
  return ` (member ${spans.map((standing) => `${standing.from}–${standing.until ?? 'now'}`).join(', ')})`;
}

/**
 * "New Zealand is one of the Five Eyes partners", "the AUKUS partners": some bodies call their members partners.
 * Where the knowledge holds the subject as a member and not as a partner, the text's "partner" means member.
 */
function calledPartner(knowledge: Knowledge, relation: Relation, articleDate: string): boolean {
  const date = relation.date ?? articleDate;
  return isMemberAt(knowledge, relation.subject, relation.object, date) && !standingOn(knowledge, relation.subject, relation.object, 'partners', date);
}

function firstOf<T>(items: string[], find: (item: string) => T | undefined): T | undefined {
  for (const item of items) {
    const found = find(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

const codedAsCache = new WeakMap<Knowledge, Map<string, string[]>>();

/** Actor code → the bodies whose text mentions get that code (IGOOPC → OPEC+), built once per knowledge. */
function codedAs(knowledge: Knowledge): Map<string, string[]> {
  let map = codedAsCache.get(knowledge);
  if (!map) {
    map = new Map();
    for (const body of knowledge.bodies.values()) if (body.actorCode) map.set(body.actorCode, [...(map.get(body.actorCode) ?? []), body.code]);
    codedAsCache.set(knowledge, map);
  }
  return map;
}
