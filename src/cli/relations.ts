// `dyad relations [--db URL] [--actor CODE] [--at YYYY-MM-DD] [--format table|jsonl|csv]`: the standing relations
// stored with coded articles (the store's relations table: read from text, with their evidence, and from knowledge
// at each article's date), and, for --actor or --at, what the dated knowledge holds on that date.
import { parseArgs } from 'node:util';
import { csvTable } from '../export/csv.ts';
import { isReaderGone, streamSink } from '../export/sink.ts';
import { loadKnowledge } from '../relations/knowledge.ts';
import { knowledgeAt, listedFromStore, type ListedRelation } from '../relations/listing.ts';
import { DEFAULT_STORE, openStore } from '../store/index.ts';
import type { RelationQuery, Store } from '../store/types.ts';
import { usageError } from './usage.ts';

const FORMATS = ['table', 'jsonl', 'csv'] as const;

type CsvRow = Omit<ListedRelation, 'evidence'> & { evidenceStart: number | null; evidenceEnd: number | null };
const CSV = csvTable<CsvRow>(['document', 'date', 'subject', 'predicate', 'object', 'count', 'from', 'evidenceStart', 'evidenceEnd', 'text', 'rule', 'note', 'conflict']);

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
  const format = FORMATS.find((name) => name === values.format);
  if (format === undefined) return usageError(`--format must be ${FORMATS.join(', ')}, not "${values.format}"`);
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
  const rows: ListedRelation[] = [];
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
    const pairs = actor === undefined ? rows.filter((row) => row.from === 'text').map(({ subject, object }) => ({ subject, object })) : [];
    rows.push(...knowledgeAt(knowledge, { actor, pairs }, date));
  }
  const sink = streamSink(process.stdout);
  try {
    if (format === 'csv') await sink(CSV.header);
    for (const row of rows) await sink(format === 'jsonl' ? `${JSON.stringify(row)}\n` : format === 'csv' ? csvLine(row) : tableLine(row));
  } catch (error) {
    if (!isReaderGone(error)) throw error;
  }
  return 0;
}

/**
 * Relations from the store's relations table: every one, or with --at those stated by then (the knowledge on that
 * date is asked afresh, so stored knowledge rows are left out).
 */
async function storedRelations(store: Store, actor: string | undefined, at: string | undefined): Promise<ListedRelation[]> {
  const query: RelationQuery = {};
  if (actor !== undefined) query.actor = actor;
  if (at !== undefined) {
    query.from = 'text';
    query.until = at;
    query.undated = true;
  }
  return (await store.relations(query)).map(listedFromStore);
}

function csvLine(row: ListedRelation): string {
  const { evidence, ...rest } = row;
  return CSV.line({ ...rest, evidenceStart: evidence?.start ?? null, evidenceEnd: evidence?.end ?? null });
}

function tableLine(row: ListedRelation): string {
  const relation = `${row.subject} ${row.predicate} ${row.predicate.endsWith('_count') ? String(row.count ?? '') : row.object}`;
  const where = row.from === 'text' ? `${row.document}  "${(row.text ?? '').replace(/\s+/g, ' ').slice(0, 100)}"` : (row.note ?? '');
  const conflict = row.conflict ? `  [CONFLICT: ${row.conflict}]` : '';
  return `${row.date ?? 'undated'}  ${relation.padEnd(36)} ${row.from.padEnd(9)}  ${where}${conflict}\n`;
}
