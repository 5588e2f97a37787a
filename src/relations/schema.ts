// The shapes of dictionaries/relations/: one file per international body (its members, partners and applicants,
// each dated) and one file of phrases that state standing relations in text.
import { z } from 'zod';
import { Predicate } from './vocabulary.ts';

const code = z.string().regex(/^[A-Z0-9]{3,}$/, 'an actor code is upper-case letters and digits, 3 or more');

/** A date as precise as the documented act: YYYY, YYYY-MM or YYYY-MM-DD. */
/** A bare year in YAML reads as a number; it is taken as the year. */
export const FactDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
    .refine((value) => isCalendarDate(startOf(value)), 'not a calendar date'),
);

/** A stretch of time inside a membership when its rights were suspended (the member is still a member). */
export const Suspension = z.object({
  from: FactDate,
  until: FactDate.optional(),
  note: z.string().min(3),
}).strict();

/**
 * One dated standing: `from` is the first day it held; `until` (absent while it still holds) is the day the act
 * ending it took effect, the first day it no longer held. `note` names the act as the body itself names it
 * (accession, admission, enlargement, founding member, withdrawal…).
 */
export const Standing = z
  .object({
    code,
    from: FactDate,
    until: FactDate.optional(),
    note: z.string().min(3),
    /** For members: "member" (default), "permanent", "elected", "observer", "participant" (named, not counted). */
    role: z.enum(['member', 'permanent', 'elected', 'observer', 'participant']).default('member'),
    /** For partners: the framework ("Partnership for Peace", "Mediterranean Dialogue", "dialogue partner"). */
    programme: z.string().optional(),
    suspended: z.array(Suspension).default([]),
  })
  .strict()
  .refine((standing) => standing.until === undefined || startOf(standing.until) > startOf(standing.from), {
    message: 'until must come after from',
    path: ['until'],
  });
export type Standing = z.infer<typeof Standing>;

export const BodyFile = z.object({
  code,
  name: z.string(),
  /**
   * The code text mentions of this body get in the actor dictionaries, where it differs from `code`: CAMEO codes
   * the Security Council as the UN (IGOUNO), and OPEC+ as OPEC; the knowledge keeps them apart.
   */
  actorCode: code.optional(),
  /** The name news uses most: an acronym ("NATO") or a short form ("Arab League"). */
  short: z.string().min(2),
  /** What kind of body: the political scientist's word, used in listings. */
  kind: z.enum(['alliance', 'union', 'organisation', 'forum', 'cartel', 'intelligence', 'security-council', 'grouping']),
  founded: FactDate,
  dissolved: FactDate.optional(),
  /** Where the facts are documented (the body's own register of members, the treaty depositary…). */
  documented: z.string().min(3),
  /** A sentence that states a relation with this body, as news would. */
  example: z.string().min(10),
  /** The relation the example states: "SUBJECT predicate OBJECT" in codes. */
  expect: z.string().regex(/^[A-Z0-9]{3,} [a-z_]+ [A-Z0-9]{3,}$/),
  members: z.array(Standing).min(1),
  partners: z.array(Standing).default([]),
  applicants: z.array(Standing).default([]),
}).strict();
export type BodyFile = z.infer<typeof BodyFile>;

/** YYYY → YYYY-01-01, YYYY-MM → YYYY-MM-01: the first day the date can mean, for comparisons. */
export function startOf(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * dictionaries/relations/phrases.yaml: a wording that states a standing relation. `pattern` is words in order:
 * SUBJ and OBJ (an actor, a list of actors, or "the four countries" naming the ones just listed), GROUP (two or
 * more actors related to each other), NUM (a number, read into `count`), literal words matched by lemma or lower
 * case (`a|an` alternatives, `word?` optional, `'s` the possessive) and `…` (up to five other words).
 */
export const PhraseEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case words joined by hyphens'),
    predicate: Predicate,
    pattern: z.string().min(3),
    /** What the slot must be: a state ("country"), a body ("igo"), or either (default). */
    subject: z.enum(['country', 'igo', 'any']).default('any'),
    object: z.enum(['country', 'igo', 'any']).default('any'),
    /** A fixed object when the wording names it without an actor ("the Partnership for Peace" → NATO). */
    fixedObject: code.optional(),
    /** The relation began at the time the sentence names ("joined NATO on 4 April 2023"). */
    dated: z.boolean().default(false),
    /** Words that, inside the match, mean the wording says something else ("a former member of"). */
    unless: z.array(z.string()).default([]),
    example: z.string().min(10),
    /** The relations the example states, "SUBJECT predicate OBJECT" (counts: "SUBJECT member_count N"). */
    expect: z.array(z.string().regex(/^[A-Z0-9]{3,} [a-z_]+ [A-Z0-9]+$/)).min(1),
  })
  .strict();
export type PhraseEntry = z.infer<typeof PhraseEntry>;
