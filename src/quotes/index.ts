// The quotes stage: direct quotes from paired quote marks, reported and mixed speech from cue words, and for
// each the speaker, resolved through the actors stage's mentions and coreference. Offsets index doc.text.
import type { Doc, Quote } from '../doc.ts';
import { buildContext } from './context.ts';
import type { SpeechCues } from './cues.ts';
import { findDirect } from './direct.ts';
import type { Found } from './found.ts';
import { findReported } from './reported.ts';
import { speakerResolver, type Speaker } from './speaker.ts';

export type { SpeechCues } from './cues.ts';
export { loadSpeechCues } from './cues.ts';

export function findQuotes(doc: Doc, cues: SpeechCues): { quotes: Quote[]; warnings: string[] } {
  const context = buildContext(doc, cues);
  const direct = findDirect(context);
  const reported = findReported(context, direct.used, direct.found).filter(
    (quote) => !direct.found.some((other) => other.start < quote.end && quote.start < other.end),
  );
  const found = [...direct.found, ...reported].sort((a, b) => a.at - b.at || a.start - b.start);
  const resolver = speakerResolver(context);
  const resolved: Array<{ found: Found; speaker: Speaker | null }> = [];
  for (const quote of found) {
    const speaker = quote.follows ? followedSpeaker(quote, resolved) ?? resolver.nearestPerson(quote.at) : resolver.resolve(quote.subject, quote.at);
    resolved.push({ found: quote, speaker });
  }
  const { text, tokens } = context;
  const quotes: Quote[] = resolved
    .map(({ found: quote, speaker }) => {
      const cue = quote.cue ? { start: tokens[quote.cue.first].start, end: tokens[quote.cue.last].end } : null;
      return {
        kind: quote.kind,
        speaker,
        cue: cue ? { text: text.slice(cue.start, cue.end), ...cue } : null,
        start: quote.start,
        end: quote.end,
        text: text.slice(quote.start, quote.end),
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes, warnings: context.warnings };
}

/** A quote with no cue of its own continues the speaker of the quote just before it, in this paragraph or the last. */
function followedSpeaker(quote: Found, resolved: Array<{ found: Found; speaker: Speaker | null }>): Speaker | null {
  for (let i = resolved.length - 1; i >= 0; i--) {
    const earlier = resolved[i];
    if (earlier.found.paragraph < quote.paragraph - 1) break;
    if (earlier.speaker) return earlier.speaker;
  }
  return null;
}
