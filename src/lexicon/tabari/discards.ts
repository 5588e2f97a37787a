// Discard lists: phrases that make a sentence uncodable, or with a leading `+` the whole story (sport, weather…).
import { dictionaryLines, problemAt } from './lines.ts';
import { phraseWords } from './words.ts';

export type TabariDiscard = { phrase: string[]; story: boolean; text: string; line: number };

export function readDiscardDictionary(source: string, file: string): { discards: TabariDiscard[]; problems: string[] } {
  const discards: TabariDiscard[] = [];
  const problems: string[] = [];
  for (const { number, text } of dictionaryLines(source)) {
    const line = text.trim();
    const story = line.startsWith('+');
    const body = story ? line.slice(1).trim() : line;
    if (/[[\]{}]/.test(body)) {
      problems.push(problemAt(file, number, `"${line}" is not a discard phrase; skipped`));
      continue;
    }
    const phrase = phraseWords(body);
    if (phrase.length === 0) continue;
    discards.push({ phrase, story, text: body, line: number });
  }
  return { discards, problems };
}
