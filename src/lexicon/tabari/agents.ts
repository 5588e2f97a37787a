// Agent dictionaries: role nouns with a code that is added after the actor's (`[~GOV]`) or before it (`[NGO~]`).
// `!NAME! = A, B` defines a macro that `CONGRESS!PERSON!` expands; plurals are generated unless `{}` is given,
// and `{ATTORNEYS_GENERAL}` lists them instead.
import { dictionaryLines, problemAt } from './lines.ts';
import { phraseWords, pluralPhrase } from './words.ts';

export type TabariAgent = { names: string[]; code: string; position: 'prefix' | 'suffix'; line: number };

export type AgentDictionary = { agents: TabariAgent[]; problems: string[] };

export function readAgentDictionary(source: string, file: string): AgentDictionary {
  const agents: TabariAgent[] = [];
  const problems: string[] = [];
  const macros = new Map<string, string[]>();
  for (const { number, text } of dictionaryLines(source)) {
    const line = text.trim();
    const macro = /^!([A-Za-z0-9_]+)!\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(macro[1].toUpperCase(), macro[2].split(',').map((s) => s.trim()).filter((s) => s !== ''));
      continue;
    }
    const codeText = /\[([^\]]*)\]/.exec(line)?.[1];
    if (codeText === undefined) {
      problems.push(problemAt(file, number, `agent "${line}" has no [~CODE]; skipped`));
      continue;
    }
    const code = /^\s*(~\s*([A-Za-z0-9]+)|([A-Za-z0-9]+)\s*~)\s*$/.exec(codeText);
    if (!code) {
      problems.push(problemAt(file, number, `"[${codeText}]" is not [~CODE] or [CODE~]; skipped`));
      continue;
    }
    const pluralsText = /\{([^}]*)\}/.exec(line)?.[1];
    const phrase = line.replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ').trim();
    const expanded = expand(phrase, macros);
    if (typeof expanded === 'string') {
      problems.push(problemAt(file, number, `${expanded}; skipped`));
      continue;
    }
    const names = new Set<string>();
    for (const variant of expanded) {
      const words = phraseWords(variant);
      if (words.length === 0) continue;
      names.add(words.join(' '));
      if (pluralsText === undefined) names.add(pluralPhrase(words).join(' '));
    }
    for (const plural of (pluralsText ?? '').split(/\s+/).filter((p) => p !== '')) names.add(phraseWords(plural).join(' '));
    if (names.size === 0) {
      problems.push(problemAt(file, number, 'an agent without a name; skipped'));
      continue;
    }
    const prefix = code[3] !== undefined;
    agents.push({ names: [...names], code: (code[2] ?? code[3]).toUpperCase(), position: prefix ? 'prefix' : 'suffix', line: number });
  }
  return { agents, problems };
}

/** "CONGRESS!PERSON!" → CONGRESSMAN, CONGRESSMEN, …: each macro is replaced by each of its values. */
function expand(phrase: string, macros: Map<string, string[]>): string[] | string {
  const match = /!([A-Za-z0-9_]+)!/.exec(phrase);
  if (!match) return [phrase];
  const values = macros.get(match[1].toUpperCase());
  if (!values) return `macro !${match[1]}! is not defined`;
  const out: string[] = [];
  for (const value of values) {
    const rest = expand(phrase.slice(0, match.index) + value + phrase.slice(match.index + match[0].length), macros);
    if (typeof rest === 'string') return rest;
    out.push(...rest);
  }
  return out;
}
