// Word forms as the TABARI/PETRARCH programs generate them: regular verb forms, noun plurals, and phrases
// written with `_` for spaces and a trailing `_` for "this exact word".

/** "CENTRAL_AFRICAN_REPUBLIC" → ["central", "african", "republic"]; "U.N._" → ["u.n."]. */
export function phraseWords(phrase: string): string[] {
  const words = phrase.toLowerCase().split(/[_\s]+/);
  return words[0] === '' || words[words.length - 1] === '' ? words.filter((word) => word !== '') : words;
}

/** Whether a dictionary phrase ends in `_`, which in these files forbids generated endings. */
export function isExact(phrase: string): boolean {
  return phrase.endsWith('_');
}

const SIBILANT = /(s|x|z|ch|sh)$/;
const CONSONANT_Y = /[^aeiou]y$/;

/** The regular plural of a lower-case noun: "group" → "groups", "ministry" → "ministries", "man" → "men". */
export function pluralOf(word: string): string {
  if (word.endsWith('man')) return `${word.slice(0, -3)}men`;
  if (CONSONANT_Y.test(word)) return `${word.slice(0, -1)}ies`;
  if (SIBILANT.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A phrase's plural: the last word takes the ending ("opposition group" → "opposition groups"). */
export function pluralPhrase(words: string[]): string[] {
  return [...words.slice(0, -1), pluralOf(words[words.length - 1])];
}

/** The regular forms of a lower-case verb: "depart" → departs, departed, departing; "deplore" → deplores… */
export function regularVerbForms(verb: string): string[] {
  const forms = [verb];
  if (CONSONANT_Y.test(verb)) forms.push(`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`);
  else if (SIBILANT.test(verb)) forms.push(`${verb}es`, `${verb}ed`);
  else if (verb.endsWith('e')) forms.push(`${verb}s`, `${verb}d`);
  else forms.push(`${verb}s`, `${verb}ed`);
  forms.push(verb.endsWith('e') && !verb.endsWith('ee') ? `${verb.slice(0, -1)}ing` : `${verb}ing`);
  return forms;
}

/** "ARNOR" → "Arnor", "THE_HERMIT_KINGDOM" → "The hermit kingdom": actor names require a capital in the text. */
export function actorName(phrase: string): string {
  const words = phraseWords(phrase);
  if (words.length === 0) return '';
  const first = words[0] === 'the' && words.length > 1 ? 1 : 0;
  words[first] = words[first].charAt(0).toUpperCase() + words[first].slice(1);
  if (first === 1) words[0] = 'the';
  return words.join(' ');
}
