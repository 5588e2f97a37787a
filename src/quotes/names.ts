// A person speaker's name as a reader writes it: the whole name the text gives, without the titles before it.
// The actors stage may stop short of a name ("Deputy Foreign Minister Andrei Kuznetsov" is five words, past its
// limit; "Al-Sayed" is three tokens; the tagger calls "Park" a noun) or keep a title it does not know ("Rear
// Admiral Roy Villanueva"), so both are mended here from the text.
import type { ActorMention } from '../doc.ts';
import { isNameWord, type Context } from './context.ts';

/** Abbreviated and social titles; a name keeps them only when nothing but a surname follows ("Ms Olsen"). */
const HONORIFIC = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'sir', 'dame', 'rev', 'hon', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'brig', 'supt', 'insp', 'det']);

/** "Police Commissioner Peter Kila" → "Peter Kila"; at least two words stay, so "Pope Francis" is left whole. */
export function withoutTitles(context: Context, name: string): string {
  const words = name.split(' ');
  let from = 0;
  for (let k = 0; k + 2 < words.length; k++) {
    const word = words[k].toLowerCase().replace(/\.$/, '');
    if (context.cues.personNouns.has(word) || HONORIFIC.has(word)) from = k + 1;
  }
  // "Secretary of State Jane Doe": a title that goes on past its noun is not cut at the noun.
  if (from === 0 || !/^\p{Lu}/u.test(words[from])) return name;
  return words.slice(from).join(' ');
}

/**
 * The name of the person a mention names, read on through name words the mention stopped before; `known` is
 * the person layer's name for it, which the mention's text ends with when the mention is the name itself.
 */
export function writtenName(context: Context, mention: ActorMention, dictionaryName: string): string {
  const { tokens, text } = context;
  const known = spelledAsWritten(mention.text, dictionaryName);
  let last = mention.lastToken;
  const sentence = tokens[last].sentence;
  while (last + 1 < tokens.length && tokens[last + 1].sentence === sentence && context.mentionAt[last + 1] < 0 && isNameWord(context, last + 1)) last++;
  // A name does not end on the hyphen of "Al-": that was no name.
  while (last > mention.lastToken && tokens[last].text === '-') last--;
  if (last === mention.lastToken || !mention.text.endsWith(known)) return withoutTitles(context, known);
  return withoutTitles(context, known + text.slice(mention.end, tokens[last].end));
}

/** "Antonio Guterres" for the dictionary's "António Guterres": the text's spelling when only accents or case differ. */
function spelledAsWritten(written: string, known: string): string {
  const words = written.split(/\s+/);
  const tail = words.slice(Math.max(0, words.length - known.split(' ').length)).join(' ');
  return fold(tail) === fold(known) ? tail : known;
}

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
