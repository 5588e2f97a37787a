// A quote as the finders see it before its speaker is resolved: content span, cue and subject tokens.
import type { CueMatch } from './context.ts';
import type { Subject } from './subject.ts';

export type Found = {
  kind: 'direct' | 'indirect' | 'mixed';
  start: number;
  end: number;
  cue: CueMatch | null;
  subject: Subject | null;
  /** Token where the attribution stands; speakers are resolved in this order and pronouns look back from it. */
  at: number;
  paragraph: number;
  /** A direct quote with no cue of its own: it takes the speaker of the quote before it. */
  follows: boolean;
};
