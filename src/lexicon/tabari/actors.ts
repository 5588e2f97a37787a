// Actor dictionaries: `NAME [CODE]` lines with `+SYNONYM` lines under them, names written with `_` for spaces,
// and codes that may be dated: `[ARMGOV >080409]`, `[IGOWSTNAT 951205-991006]`, `[HOB <950601]`, on the name's
// line or on indented lines after it. A name with no code joins the next entry that has one.
import type { DatedCode } from './dated.ts';
import { dictionaryLines, problemAt } from './lines.ts';
import { actorName } from './words.ts';

export type TabariActor = { names: string[]; codes: DatedCode[]; line: number };

export type ActorDictionary = { actors: TabariActor[]; problems: string[] };

export function readActorDictionary(source: string, file: string): ActorDictionary {
  const actors: TabariActor[] = [];
  const problems: string[] = [];
  let current: TabariActor | null = null;
  const close = (): void => {
    if (!current) return;
    if (current.codes.length > 0) actors.push(current);
    else problems.push(problemAt(file, current.line, `actor "${current.names[0]}" has no code; skipped`));
    current = null;
  };
  for (const { number, text } of dictionaryLines(source)) {
    const line = text.trim();
    const bracketed = line.includes('[');
    const codes = bracketed ? [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]) : [];
    const phrase = bracketed ? line.replace(/\[[^\]]*\]/g, ' ').trim() : line;
    if (phrase.startsWith('+')) {
      if (!current) {
        problems.push(problemAt(file, number, `synonym "${phrase}" comes before any actor; skipped`));
        continue;
      }
      addName(current, phrase.slice(1), file, number, problems);
    } else if (phrase !== '') {
      // A new name: the one before it, if still without a code, shares this one's codes.
      const open: TabariActor | null = current;
      if (open !== null && open.codes.length === 0) {
        addName(open, phrase, file, number, problems);
      } else {
        close();
        current = { names: [], codes: [], line: number };
        addName(current, phrase, file, number, problems);
      }
    }
    if (codes.length > 0 && !current) {
      problems.push(problemAt(file, number, 'a code line before any actor; skipped'));
      continue;
    }
    for (const raw of codes) {
      const code = parseDatedCode(raw);
      if (typeof code === 'string') problems.push(problemAt(file, number, `${code}; code skipped`));
      else current!.codes.push(code);
    }
  }
  close();
  return { actors, problems };
}

function addName(actor: TabariActor, phrase: string, file: string, line: number, problems: string[]): void {
  const name = actorName(phrase);
  if (name === '') problems.push(problemAt(file, line, `an empty name; skipped`));
  else actor.names.push(name);
}

/** "HOBGOV 19950601 - 19990815", "USR <911226", "ZBW", " ARN " → a code with its inclusive date span. */
export function parseDatedCode(raw: string): DatedCode | string {
  const match = /^\s*([A-Za-z0-9#+/-]+)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*$/.exec(raw);
  if (!match) return `"[${raw}]" is not CODE, CODE <DATE, CODE >DATE or CODE DATE-DATE`;
  const code = match[1].toUpperCase();
  if (match[2]) {
    const date = isoDate(match[3]);
    if (!date) return `"[${raw}]": "${match[3]}" is not a YYMMDD or YYYYMMDD date`;
    return match[2] === '<' ? { code, from: null, until: shiftDay(date, -1) } : { code, from: shiftDay(date, 1), until: null };
  }
  if (match[4]) {
    const from = isoDate(match[4]);
    const until = isoDate(match[5]);
    if (!from || !until) return `"[${raw}]": a date is not YYMMDD or YYYYMMDD`;
    if (from > until) return `"[${raw}]": the span ends before it starts`;
    return { code, from, until };
  }
  return { code, from: null, until: null };
}

/** "950601" → 1995-06-01 (two-digit years up to 30 are 20xx); "20121109" → 2012-11-09. */
function isoDate(digits: string): string | null {
  let year: number;
  let rest: string;
  if (digits.length === 8) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else if (digits.length === 6) {
    const yy = Number(digits.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else return null;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2)}`;
}

function shiftDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
