// Prepositions the stages test words against, kept in one place so that "a place after 'in'" means the same
// to the actor stage and the place stage, and "inside a prepositional phrase" the same to both matchers.

/** Prepositions that put what follows in a place ("in Delhi", "from Kyiv"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'outside', 'across', 'into', 'via', 'within', 'around', 'throughout', 'to', 'inside', 'through']);

/** Prepositions that open a phrase whose noun is not a clause's subject or object. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'of', 'for', 'about', 'over', 'on', 'with', 'to', 'by', 'into', 'against', 'across', 'amid', 'among', 'between', 'during', 'since', 'under', 'through', 'within', 'without']);
