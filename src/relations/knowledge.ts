// Loads the dated knowledge of dictionaries/relations/bodies/ once and answers questions of it: who belonged to
// a body on a date, who were its partners, which bodies a country belonged to.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYamlObject } from '../lexicon/yaml.ts';
import { BodyFile, startOf, type Standing } from './schema.ts';

export const RELATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dictionaries/relations');

export type Body = BodyFile & { file: string };

/** A body's standings by the code that holds them, list by list: the lookups text relations need are by pair. */
export type BodyIndex = Record<StandingKind, Map<string, Standing[]>>;

export type Knowledge = {
  bodies: Map<string, Body>;
  byPair: Map<string, BodyIndex>;
  /** Country (or body) code → the bodies that list it, for "which bodies is X in". */
  listedIn: Map<string, Set<string>>;
  problems: string[];
};

export type StandingKind = 'members' | 'partners' | 'applicants';

/** A standing as answered to a query: the body, the list it is in, and whether it was suspended on the date. */
export type StandingAt = Standing & { body: string; list: StandingKind; suspendedOnDate: boolean };

export function loadKnowledge(dir: string = join(RELATIONS_DIR, 'bodies')): Knowledge {
  const bodies = new Map<string, Body>();
  const byPair = new Map<string, BodyIndex>();
  const listedIn = new Map<string, Set<string>>();
  const problems: string[] = [];
  if (!existsSync(dir)) return { bodies, byPair, listedIn, problems: [`${dir}: relations directory not found`] };
  for (const name of readdirSync(dir).filter((file) => /\.ya?ml$/.test(file)).sort()) {
    const file = join(dir, name);
    const { value, problems: found } = readYamlObject(file, BodyFile);
    problems.push(...found);
    if (!value) continue;
    if (bodies.has(value.code)) {
      problems.push(`${file}: body ${value.code} is already described in ${bodies.get(value.code)?.file}`);
      continue;
    }
    bodies.set(value.code, { ...value, file });
    const index: BodyIndex = { members: new Map(), partners: new Map(), applicants: new Map() };
    for (const list of ['members', 'partners', 'applicants'] as const) {
      for (const standing of value[list]) {
        index[list].set(standing.code, [...(index[list].get(standing.code) ?? []), standing]);
        const set = listedIn.get(standing.code) ?? new Set<string>();
        set.add(value.code);
        listedIn.set(standing.code, set);
      }
    }
    byPair.set(value.code, index);
  }
  return { bodies, byPair, listedIn, problems };
}

/** Does the standing hold on `date` (YYYY-MM-DD)? `from` inclusive, `until` exclusive. */
export function holdsOn(standing: { from: string; until?: string }, date: string): boolean {
  return startOf(standing.from) <= date && (standing.until === undefined || date < startOf(standing.until));
}

function standingsAt(knowledge: Knowledge, body: string, list: StandingKind, date: string): StandingAt[] {
  const entry = knowledge.bodies.get(body);
  if (!entry) return [];
  return entry[list].filter((standing) => holdsOn(standing, date)).map((standing) => standingAt(standing, body, list, date));
}

function standingAt(standing: Standing, body: string, list: StandingKind, date: string): StandingAt {
  // The standing's own fields are spread last: Node 20's V8 adds fields to a spread copy about fifty times more
  // slowly than it builds the object this way, and the relations stage asks for thousands of standings.
  return { body, list, suspendedOnDate: standing.suspended.some((suspension) => holdsOn(suspension, date)), ...standing };
}

export type MemberOptions = {
  /** Include observers and participants, who attend but are not counted among the members. */
  all?: boolean;
};

/** Roles counted among a body's members; observers and participants attend without being counted. */
const COUNTED_ROLES: ReadonlySet<string> = new Set(['member', 'permanent', 'elected']);

/** The members of a body on a date (full and permanent/elected members; observers only with `all`). */
export function memberStandings(knowledge: Knowledge, body: string, date: string, options: MemberOptions = {}): StandingAt[] {
  return standingsAt(knowledge, body, 'members', date).filter((standing) => options.all || COUNTED_ROLES.has(standing.role));
}

export function partnerStandings(knowledge: Knowledge, body: string, date: string): StandingAt[] {
  return standingsAt(knowledge, body, 'partners', date);
}

export function applicantStandings(knowledge: Knowledge, body: string, date: string): StandingAt[] {
  return standingsAt(knowledge, body, 'applicants', date);
}

/** The standing `code` holds in one list of `body` on `date`, if any: a lookup by pair, not a scan. */
export function standingOn(knowledge: Knowledge, code: string, body: string, list: StandingKind, date: string): StandingAt | undefined {
  const standings = knowledge.byPair.get(body)?.[list].get(code);
  if (standings === undefined) return undefined;
  // A loop, not find(): the relations stage asks this for every actor and body an article names, and a callback
  // closing over the date would be made at each call.
  for (const standing of standings) if (holdsOn(standing, date)) return standingAt(standing, body, list, date);
  return undefined;
}

export function isMemberAt(knowledge: Knowledge, code: string, body: string, date: string): boolean {
  const standing = standingOn(knowledge, code, body, 'members', date);
  return standing !== undefined && COUNTED_ROLES.has(standing.role);
}

/** Every standing `code` holds on `date`, in any body: "which bodies is Japan in, and whose partner is it". */
export function standingsOf(knowledge: Knowledge, code: string, date: string): StandingAt[] {
  const found: StandingAt[] = [];
  for (const body of knowledge.listedIn.get(code) ?? []) {
    for (const list of ['members', 'partners', 'applicants'] as const) {
      const standing = standingOn(knowledge, code, body, list, date);
      if (standing) found.push(standing);
    }
  }
  return found;
}

/** The whole history of `code` in `body`, every list, for "when did X join Y". */
export function historyOf(knowledge: Knowledge, code: string, body: string): Array<Standing & { list: StandingKind }> {
  const entry = knowledge.bodies.get(body);
  if (!entry) return [];
  return (['members', 'partners', 'applicants'] as const).flatMap((list) =>
    entry[list].filter((standing) => standing.code === code).map((standing) => ({ ...standing, list })),
  );
}
