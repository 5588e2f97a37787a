// `dyad relations [--db URL] [--actor CODE] [--at YYYY-MM-DD] [--format table|jsonl]`: the standing relations
// stored with coded articles (read from text, with their evidence, and from knowledge at each article's date),
// and, for --actor or --at, what the dated knowledge holds on that date.
import { parseArgs } from 'node:util';
import { isReaderGone, streamSink } from '../export/sink.ts';
import type { Relation } from '../record.ts';
import {
  applicantStandings,
  loadKnowledge,
  memberStandings,
  partnerStandings,
  standingsOf,
  type Knowledge,
  type StandingAt,
} from '../relations/knowledge.ts';
import { DEFAULT_STORE, openStore } from '../store/index.ts';
import type { Store } from '../store/types.ts';
import { usageError } from './usage.ts';

type Row = Relation & { document: string | null; text: string | null };

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        db: { type: 'string', default: DEFAULT_STORE },
        actor: { type: 'string' },
        at: { type: 'string' },
        format: { type: 'string', default: 'table' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.format !== 'table' && values.format !== 'jsonl') return usageError(`--format must be table or jsonl, not "${values.format}"`);
  if (values.at !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(values.at) || Number.isNaN(Date.parse(values.at)))) return usageError(`--at must be a date YYYY-MM-DD, not "${values.at}"`);
  const actor = values.actor?.toUpperCase();
  if (actor !== undefined && !/^[A-Z0-9]{3,}$/.test(actor)) return usageError(`--actor must be an actor code such as IGOWSTNAT or IND, not "${values.actor}"`);

  let store: Store;
  try {
    store = await openStore(values.db);
  } catch (error) {
    process.stderr.write(`dyad: ${(error as Error).message}\n`);
    return 1;
  }
  const knowledge = loadKnowledge();
  for (const problem of knowledge.problems) process.stderr.write(`dyad: warning: ${problem}\n`);
  const rows: Row[] = [];
  try {
    rows.push(...(await storedRelations(store, actor, values.at)));
  } catch (error) {
    process.stderr.write(`dyad: ${values.db}: ${(error as Error).message}\n`);
    await store.close();
    return 1;
  }
  await store.close();
  if (actor !== undefined || values.at !== undefined) {
    const date = values.at ?? new Date().toISOString().slice(0, 10);
    const pairs = actor === undefined ? textPairs(rows) : null;
    rows.push(...knowledgeRows(knowledge, actor, pairs, date));
  }
  const sink = streamSink(process.stdout);
  try {
    for (const row of rows) await sink(values.format === 'jsonl' ? `${JSON.stringify(row)}\n` : tableLine(row));
  } catch (error) {
    if (!isReaderGone(error)) throw error;
  }
  return 0;
}

const involves = (relation: Relation, actor: string | undefined): boolean =>
  actor === undefined || relation.subject.startsWith(actor) || relation.object.startsWith(actor);

/** Relations kept in stored records: every one, or with --at those stated by then (knowledge is recomputed). */
async function storedRelations(store: Store, actor: string | undefined, at: string | undefined): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const stored of store.documents()) {
    const record = await store.get(stored.id);
    if (!record) continue;
    for (const relation of record.relations) {
      if (!involves(relation, actor)) continue;
      if (at !== undefined && (relation.from === 'knowledge' || (relation.date !== null && relation.date > at))) continue;
      const text = relation.evidence ? record.text.slice(relation.evidence.start, relation.evidence.end) : null;
      rows.push({ ...relation, document: record.id, text });
    }
  }
  return rows;
}

function textPairs(rows: Row[]): Array<{ subject: string; object: string }> {
  return rows.filter((row) => row.from === 'text').map((row) => ({ subject: row.subject, object: row.object }));
}

/** What the knowledge holds on `date`: for an actor, its standings (and a body's members and partners); else for each pair the text relates. */
function knowledgeRows(knowledge: Knowledge, actor: string | undefined, pairs: Array<{ subject: string; object: string }> | null, date: string): Row[] {
  const standings: StandingAt[] = [];
  if (actor !== undefined) {
    standings.push(...standingsOf(knowledge, actor, date));
    if (knowledge.bodies.has(actor)) {
      standings.push(...memberStandings(knowledge, actor, date, { all: true }), ...partnerStandings(knowledge, actor, date), ...applicantStandings(knowledge, actor, date));
    }
  }
  for (const pair of pairs ?? []) {
    standings.push(...standingsOf(knowledge, pair.subject, date).filter((standing) => standing.body === pair.object));
  }
  const seen = new Set<string>();
  const rows: Row[] = [];
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

function tableLine(row: Row): string {
  const relation = `${row.subject} ${row.predicate} ${row.predicate.endsWith('_count') ? String(row.count ?? '') : row.object}`;
  const where = row.from === 'text' ? `${row.document}  "${(row.text ?? '').replace(/\s+/g, ' ').slice(0, 100)}"` : (row.note ?? '');
  const conflict = row.conflict ? `  [CONFLICT: ${row.conflict}]` : '';
  return `${row.date ?? 'undated'}  ${relation.padEnd(36)} ${row.from.padEnd(9)}  ${where}${conflict}\n`;
}
