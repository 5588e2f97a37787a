// Relations as `dyad relations` and GET /v1/relations list them: rows from the store's relations table (with the
// stored document and evidence words), and what the dated knowledge holds on a date for the actors asked about.
import type { Relation } from '../record.ts';
import type { RelationRow } from '../store/types.ts';
import { applicantStandings, memberStandings, partnerStandings, standingsOf, type Knowledge, type StandingAt } from './knowledge.ts';

/** A relation with where it was read: the stored document and the words of its evidence (both null for knowledge asked now). */
export type ListedRelation = Relation & { document: string | null; text: string | null };

export function listedFromStore(row: RelationRow): ListedRelation {
  const relation: ListedRelation = {
    subject: row.subject,
    predicate: row.predicate,
    object: row.object,
    date: row.date,
    evidence: row.evidence,
    from: row.from,
    document: row.document,
    text: row.text,
  };
  if (row.count !== null) relation.count = row.count;
  if (row.rule !== null) relation.rule = row.rule;
  if (row.note !== null) relation.note = row.note;
  if (row.conflict !== null) relation.conflict = row.conflict;
  return relation;
}

export type KnowledgeAsk = {
  /** One actor: its standings, and for a body also its members, partners and applicants. */
  actor?: string;
  /** Pairs (from text relations): what the knowledge holds between subject and object. */
  pairs?: Array<{ subject: string; object: string }>;
  /** A set of actors (a graph's nodes): the standings of each in a body that is also in the set. */
  among?: ReadonlySet<string>;
};

/** What the knowledge holds on `date` for the actors asked about, each standing once. */
export function knowledgeAt(knowledge: Knowledge, ask: KnowledgeAsk, date: string): ListedRelation[] {
  const standings: StandingAt[] = [];
  const { actor, pairs = [], among } = ask;
  if (actor !== undefined) {
    standings.push(...standingsOf(knowledge, actor, date));
    if (knowledge.bodies.has(actor)) {
      standings.push(...memberStandings(knowledge, actor, date, { all: true }), ...partnerStandings(knowledge, actor, date), ...applicantStandings(knowledge, actor, date));
    }
  }
  for (const pair of pairs) standings.push(...standingsOf(knowledge, pair.subject, date).filter((standing) => standing.body === pair.object));
  for (const code of among ?? []) standings.push(...standingsOf(knowledge, code, date).filter((standing) => among?.has(standing.body)));
  const seen = new Set<string>();
  const rows: ListedRelation[] = [];
  for (const standing of standings) {
    const predicate =
      standing.list === 'partners' ? 'partner_of' : standing.list === 'applicants' ? 'applicant_to' : standing.role === 'observer' ? 'observer_of' : 'member_of';
    const key = `${standing.code}|${predicate}|${standing.body}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const note = [standing.programme, standing.note, standing.suspendedOnDate ? 'suspended on this date' : null].filter(Boolean).join('; ');
    rows.push({ subject: standing.code, predicate, object: standing.body, date, evidence: null, from: 'knowledge', note, document: null, text: null });
  }
  return rows;
}
