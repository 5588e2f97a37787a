// The predicates a relation may carry (documented for readers in dictionaries/relations/README.md).
import { z } from 'zod';

export const Predicate = z.enum([
  /** subject is a member of the body */
  'member_of',
  /** the text says subject is not a member of the body */
  'not_member_of',
  /** subject left, withdrew from or was expelled from the body */
  'former_member_of',
  /** subject has applied, or is bidding, to join the body */
  'applicant_to',
  /** subject has a formal partnership with the object (a body or a state) */
  'partner_of',
  /** the text says subject has no partnership with the object */
  'not_partner_of',
  /** subject and object are allies; symmetric */
  'ally_of',
  /** subject holds observer status in the body */
  'observer_of',
  /** subject has `count` partners; the object is the subject itself */
  'partner_count',
  /** subject has `count` members; the object is the subject itself */
  'member_count',
]);
export type Predicate = z.infer<typeof Predicate>;

export const SYMMETRIC: ReadonlySet<Predicate> = new Set(['ally_of']);
export const COUNTS: ReadonlySet<Predicate> = new Set(['partner_count', 'member_count']);

/** What a negated statement of each predicate says; predicates absent here are dropped when negated. */
export const NEGATED: Partial<Record<Predicate, Predicate>> = {
  member_of: 'not_member_of',
  partner_of: 'not_partner_of',
};
