// `dyad actors CODE [--members | --partners | --applicants | --history] [--at YYYY-MM-DD] [--all] [--format table|json]`
// What the dated knowledge of dictionaries/relations/ says about a body (its members, partners, applicants on a
// date) or a state (the bodies it belongs to, the partnerships it holds); --history gives every dated standing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCountries } from '../lexicon/countries.ts';
import { DICTIONARY_DIR } from '../lexicon/index.ts';
import { ActorEntry } from '../lexicon/schema.ts';
import { readYamlList } from '../lexicon/yaml.ts';
import {
  applicantStandings,
  historyOf,
  loadKnowledge,
  memberStandings,
  partnerStandings,
  standingsOf,
  type Knowledge,
  type StandingAt,
} from '../relations/knowledge.ts';
import { isReaderGone, streamSink } from '../export/sink.ts';
import { flags } from './setup.ts';
import { usageError } from './usage.ts';

type Row = { code: string; name: string; from: string; until: string | null; role: string; programme: string | null; suspended: boolean; note: string; list?: string };

export async function run(args: string[]): Promise<number> {
  const parsed = flags({
    args,
    allowPositionals: true,
    options: {
      members: { type: 'boolean', default: false },
      partners: { type: 'boolean', default: false },
      applicants: { type: 'boolean', default: false },
      history: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      at: { type: 'string' },
      format: { type: 'string', default: 'table' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError('dyad actors takes one actor code, e.g. `dyad actors IGOWSTNAT --members --at 2023-03-31`');
  if (values.format !== 'table' && values.format !== 'json') return usageError(`--format must be table or json, not "${values.format}"`);
  const date = values.at ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) return usageError(`--at must be a date YYYY-MM-DD, not "${values.at}"`);
  const lists = [values.members, values.partners, values.applicants, values.history].filter(Boolean).length;
  if (lists > 1) return usageError('choose one of --members, --partners, --applicants, --history');

  const knowledge = loadKnowledge();
  for (const problem of knowledge.problems) process.stderr.write(`dyad: warning: ${problem}\n`);
  const code = resolveCode(knowledge, positionals[0]);
  const name = nameOf(knowledge, countryNames());
  const body = knowledge.bodies.get(code);
  if ((values.members || values.partners || values.applicants) && !body) {
    process.stderr.write(`dyad: ${positionals[0]}: no body with this code in dictionaries/relations/bodies (bodies: ${[...knowledge.bodies.keys()].sort().join(', ')})\n`);
    return 1;
  }
  if (!body && !knowledge.listedIn.has(code)) {
    process.stderr.write(`dyad: ${positionals[0]}: the relations knowledge holds nothing for this code\n`);
    return 1;
  }

  let title: string;
  let rows: Row[];
  if (values.history) {
    title = `${name(code)} (${code}): every dated standing`;
    const bodies = body ? [code] : [...(knowledge.listedIn.get(code) ?? [])];
    rows = body
      ? (['members', 'partners', 'applicants'] as const).flatMap((list) => body[list].map((standing) => ({ ...rowOf(standing, name, false), list })))
      : bodies.flatMap((other) => historyOf(knowledge, code, other).map((standing) => ({ ...rowOf(standing, name, false), code: other, name: name(other), list: standing.list })));
  } else if (body && !values.partners && !values.applicants) {
    rows = memberStandings(knowledge, code, date, { all: values.all }).map((standing) => rowOf(standing, name, standing.suspendedOnDate));
    title = `${body.short} (${code}): ${rows.length} members on ${date}`;
  } else if (body && values.partners) {
    rows = partnerStandings(knowledge, code, date).map((standing) => rowOf(standing, name, standing.suspendedOnDate));
    title = `${body.short} (${code}): ${rows.length} partners on ${date}`;
  } else if (body) {
    rows = applicantStandings(knowledge, code, date).map((standing) => rowOf(standing, name, standing.suspendedOnDate));
    title = `${body.short} (${code}): ${rows.length} applicants on ${date}`;
  } else {
    rows = standingsOf(knowledge, code, date).map((standing: StandingAt) => ({ ...rowOf(standing, name, standing.suspendedOnDate), code: standing.body, name: name(standing.body), list: standing.list }));
    title = `${name(code)} (${code}) on ${date}: ${rows.length} standings`;
  }
  const sink = streamSink(process.stdout);
  try {
    if (values.format === 'json') {
      await sink(`${JSON.stringify({ code, date: values.history ? null : date, title, rows }, null, 2)}\n`);
      return 0;
    }
    await sink(`${title}\n`);
    for (const row of rows) {
      const span = `${row.from}–${row.until ?? ''}`.padEnd(23);
      const where = row.list ? `${row.list} ` : '';
      const flags = [row.role !== 'member' ? row.role : '', row.programme ?? '', row.suspended ? 'SUSPENDED' : ''].filter(Boolean).join(', ');
      await sink(`  ${row.code.padEnd(12)} ${row.name.slice(0, 28).padEnd(28)} ${span} ${where}${flags ? `[${flags}] ` : ''}${row.note}\n`);
    }
  } catch (error) {
    if (!isReaderGone(error)) throw error;
  }
  return 0;
}

function rowOf(standing: { code: string; from: string; until?: string; role: string; programme?: string; note: string }, name: (code: string) => string, suspended: boolean): Row {
  return {
    code: standing.code,
    name: name(standing.code),
    from: standing.from,
    until: standing.until ?? null,
    role: standing.role,
    programme: standing.programme ?? null,
    suspended,
    note: standing.note,
  };
}

/** A code as given, or a body's short name or full name ("NATO", "the African Union") as the knowledge spells it. */
function resolveCode(knowledge: Knowledge, given: string): string {
  const upper = given.toUpperCase();
  if (knowledge.bodies.has(upper) || knowledge.listedIn.has(upper)) return upper;
  const wanted = given.toLowerCase().replace(/^the\s+/, '');
  for (const body of knowledge.bodies.values()) {
    const full = body.name.replace(/\s*\([^)]*\)/g, '').toLowerCase();
    if (body.short.toLowerCase() === wanted || full === wanted) return body.code;
  }
  return upper;
}

function countryNames(): Map<string, string> {
  const overrides = join(DICTIONARY_DIR, 'actors/countries.yaml');
  const countries = loadCountries(existsSync(overrides) ? readYamlList(overrides, ActorEntry).entries : []);
  return new Map([...countries.byCode.values()].map((country) => [country.code, country.name]));
}

function nameOf(knowledge: Knowledge, countries: Map<string, string>): (code: string) => string {
  return (code) => knowledge.bodies.get(code)?.short ?? countries.get(code) ?? code;
}
