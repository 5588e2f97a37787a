// The text lines of a TABARI/PETRARCH dictionary with their comments removed: `<!-- … -->` blocks (which may
// span lines), `#` to the end of the line (but not inside a code such as `[###]`), and `;` notes after an entry.
export type Line = { number: number; text: string };

export function dictionaryLines(source: string): Line[] {
  const lines: Line[] = [];
  let inComment = false;
  const raw = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) {
    let text = raw[i];
    if (inComment) {
      const close = text.indexOf('-->');
      if (close < 0) continue;
      inComment = false;
      text = text.slice(close + 3);
    }
    const open = text.indexOf('<!');
    if (open >= 0) {
      const close = text.indexOf('-->', open);
      if (close < 0) {
        inComment = true;
        text = text.slice(0, open);
      } else {
        text = text.slice(0, open) + text.slice(close + 3);
      }
    }
    text = stripNotes(text).trimEnd();
    if (text.trim() !== '') lines.push({ number: i + 1, text });
  }
  return lines;
}

/** Cuts `# …` anywhere outside brackets, and `; …` when it starts a note (line start, after a space, `]` or `}`). */
function stripNotes(text: string): string {
  if (!text.includes('#') && !text.includes(';')) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === '#') return text.slice(0, i);
    else if (depth === 0 && c === ';' && (i === 0 || /[\s\]}]/.test(text[i - 1]))) return text.slice(0, i);
  }
  return text;
}

/** "fil.txt:12: problem" — how every loading problem is reported. */
export function problemAt(file: string, line: number, problem: string): string {
  return `${file}:${line}: ${problem}`;
}
