// Verb dictionaries in TABARI/PETRARCH-1 form and PETRARCH-2 form (CAMEO.2.0.txt), compiled into the VerbPattern
// the matcher walks. A file is synsets (`&NAME` then `+member` lines), verb blocks (`--- NAME [code] ---`, then verb
// lines with optional `{irregular forms}` and `[own code]`, then `- upper * lower [code]` patterns) and, in
// PETRARCH-2 files, transformations (`~ a (a b ATTACK) SAY = a b 015`).
import { NULL_CODE, type PatternElement, type VerbPattern } from '../verbs.ts';
import { dictionaryLines, problemAt } from './lines.ts';
import { isExact, phraseWords, pluralPhrase, regularVerbForms } from './words.ts';

export type Synsets = Map<string, string[][]>;

/** A PETRARCH-2 transformation: when `outer` verb's clause reports `inner`, code `result` instead. */
export type Transformation = {
  rule: string;
  outer: { source: string; verb: string };
  inner: { source: string; target: string; verb: string };
  result: { source: string; target: string; code: string };
};

export type VerbDictionary = {
  /** Lower-case surface form of the verb token → the patterns of every verb with that form. */
  forms: Map<string, VerbPattern[]>;
  verbs: number;
  patterns: number;
  transformations: Transformation[];
  problems: string[];
};

type Block = { name: string; code: string; reverseCode: string | undefined; line: number; verbs: VerbLine[]; patterns: PatternLine[] };
type VerbLine = { line: number; phrase: string; forms: string[]; code: string | undefined; reverseCode: string | undefined };
type PatternLine = { line: number; text: string; raw: string; code: string; reverseCode: string | undefined };
/** One way of writing a verb: the word that is the verb token, with the words that must surround it. */
type VerbShape = { before: string[]; verb: string; after: string[] };

const CODE = /^[A-Za-z0-9?+#-]*$/;

/**
 * Reads one verb dictionary. `synsets` is shared across the files of one lexicon: a file may use the synsets
 * another defined. `name` is how rules cite the file (e.g. "CAMEO.2.0").
 */
export function readVerbDictionary(source: string, file: string, name: string, synsets: Synsets): VerbDictionary {
  const problems: string[] = [];
  const blocks: Block[] = [];
  const transformations: Transformation[] = [];
  const rawSynsets = new Map<string, Array<{ text: string; line: number }>>();
  let block: Block | null = null;
  let synset: string | null = null;

  for (const { number, text } of dictionaryLines(source)) {
    const line = text.trim();
    if (line.startsWith('---')) {
      block = readHeader(line, number, file, problems);
      if (block) blocks.push(block);
      synset = null;
    } else if (line.startsWith('&')) {
      synset = synsetName(line.slice(1).split(/\s+/)[0]);
      if (!rawSynsets.has(synset)) rawSynsets.set(synset, []);
      block = null;
    } else if (line.startsWith('~')) {
      const transformation = readTransformation(line, `${name}:${number}`);
      if (typeof transformation === 'string') problems.push(problemAt(file, number, transformation));
      else transformations.push(transformation);
    } else if (synset !== null && line.startsWith('+')) {
      rawSynsets.get(synset)!.push({ text: line.slice(1).trim(), line: number });
    } else if (block && line.startsWith('-')) {
      const pattern = readPatternLine(line, number, file, problems);
      if (pattern) block.patterns.push(pattern);
    } else if (block) {
      const verb = readVerbLine(line, number, file, problems);
      if (verb) block.verbs.push(verb);
    } else {
      problems.push(problemAt(file, number, `"${line}" is outside any verb block or synset; skipped`));
    }
  }

  expandSynsets(rawSynsets, synsets, file, problems);
  const forms = new Map<string, VerbPattern[]>();
  let patterns = 0;
  let verbs = 0;
  for (const b of blocks) {
    const compiled: Array<{ line: number; before: PatternElement[]; elements: PatternElement[]; code: string; reverseCode: string | undefined; text: string; raw: string }> = [];
    for (const p of b.patterns) {
      const parsed = parsePattern(p.text, synsets);
      if (typeof parsed === 'string') {
        problems.push(problemAt(file, p.line, `pattern "${p.text}": ${parsed}; skipped`));
        continue;
      }
      compiled.push({ line: p.line, ...parsed, code: p.code, reverseCode: p.reverseCode, text: p.text, raw: p.raw });
      patterns++;
    }
    if (b.verbs.length === 0 && b.patterns.length > 0) problems.push(problemAt(file, b.line, `block "${b.name}" has patterns but no verb; skipped`));
    // One pattern object per block pattern, shared by every verb of the block that has the same extra words
    // (none, for most): a block of thirty verbs and a hundred patterns holds a hundred patterns, not three thousand.
    const byShape = new Map<string, VerbPattern[]>();
    const blockPatterns = (shape: VerbShape): VerbPattern[] => {
      const key = `${shape.before.join(' ')}|${shape.after.join(' ')}`;
      let list = byShape.get(key);
      if (!list) {
        list = compiled.map((c) => compile(`${b.name}:${c.line}`, `${name}:${c.line}`, b.name.toLowerCase(), c.code, c.reverseCode, c.before, c.elements, `- ${c.text} [${c.raw}]`, shape));
        byShape.set(key, list);
      }
      return list;
    };
    for (const v of b.verbs) {
      verbs++;
      const shapes = verbShapes(v);
      if (typeof shapes === 'string') {
        problems.push(problemAt(file, v.line, `verb "${v.phrase}": ${shapes}; skipped`));
        continue;
      }
      const code = v.code ?? b.code;
      const reverseCode = v.code !== undefined ? v.reverseCode : b.reverseCode;
      const lists = new Map<VerbPattern[], VerbPattern[]>();
      for (const shape of shapes) {
        const shared = blockPatterns(shape);
        // The verb's own code when no pattern of the block matches.
        let list = lists.get(shared);
        if (!list) {
          list = [compile(`${b.name}:${v.phrase}`, `${name}:${v.line}`, shape.verb, code, reverseCode, [], [], `${v.phrase} [${reverseCode === undefined ? code : `${code}:${reverseCode}`}]`, shape), ...shared];
          lists.set(shared, list);
        }
        const existing = forms.get(shape.verb);
        if (!existing) forms.set(shape.verb, list);
        else if (existing !== list) forms.set(shape.verb, [...existing, ...list.filter((p) => !existing.includes(p))]);
      }
    }
  }
  return { forms, verbs, patterns, transformations, problems };
}

function compile(id: string, rule: string, verb: string, code: string, reverseCode: string | undefined, before: PatternElement[], elements: PatternElement[], text: string, shape: VerbShape): VerbPattern {
  const pattern: VerbPattern = { id, rule, code, verb: [verb], elements, example: '', expect: undefined, before, reach: 'sentence', written: text };
  if (reverseCode !== undefined) pattern.reverseCode = reverseCode;
  if (shape.before.length > 0) pattern.verbBefore = shape.before;
  if (shape.after.length > 0) pattern.verbAfter = shape.after;
  return pattern;
}

function readHeader(line: string, number: number, file: string, problems: string[]): Block | null {
  const body = line.replace(/^-+/, '').replace(/-+\s*$/, '');
  const codes = [...body.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
  const name = body.replace(/\[[^\]]*\]/g, ' ').trim().replace(/\s+/g, '_');
  if (name === '') {
    problems.push(problemAt(file, number, 'a block header without a name; skipped'));
    return null;
  }
  if (codes.length === 0) problems.push(problemAt(file, number, `block "${name}" has no [code]; its verbs code nothing by themselves`));
  if (codes.length > 1) problems.push(problemAt(file, number, `block "${name}" has ${codes.length} codes; the first, [${codes[0]}], is used`));
  const parsed = parseCode(codes[0] ?? NULL_CODE);
  if (typeof parsed === 'string') {
    problems.push(problemAt(file, number, `block "${name}": ${parsed}; it codes nothing by itself`));
    return { name, code: NULL_CODE, reverseCode: undefined, line: number, verbs: [], patterns: [] };
  }
  return { name, ...parsed, line: number, verbs: [], patterns: [] };
}

/** "[064]" → 064; "[032:033]" → 032 and the reverse 033; "[:173]" → only the reverse; "[---]" → no event. */
function parseCode(raw: string): { code: string; reverseCode: string | undefined } | string {
  const text = raw.replace(/\s+/g, '');
  if (text === '' || text === ':') return `"[${raw}]" is an empty code`;
  const [code, reverse, ...rest] = text.split(':');
  if (rest.length > 0 || !CODE.test(code) || (reverse !== undefined && !CODE.test(reverse))) return `"[${raw}]" is not a code`;
  const primary = code === '' ? NULL_CODE : code.toUpperCase();
  const reverseCode = reverse === undefined || reverse === '' ? undefined : reverse.toUpperCase();
  return { code: primary, reverseCode };
}

function readVerbLine(line: string, number: number, file: string, problems: string[]): VerbLine | null {
  const formsText = /\{([^}]*)\}/.exec(line)?.[1];
  const codeText = /\[([^\]]*)\]/.exec(line)?.[1];
  const phrase = line.replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ').trim();
  if (phrase === '' || /[{}[\]]/.test(phrase)) {
    problems.push(problemAt(file, number, `"${line}" is not a verb line; skipped`));
    return null;
  }
  let code: string | undefined;
  let reverseCode: string | undefined;
  if (codeText !== undefined) {
    const parsed = parseCode(codeText);
    if (typeof parsed === 'string') problems.push(problemAt(file, number, `verb "${phrase}": ${parsed}; the block's code is used`));
    else ({ code, reverseCode } = parsed);
  }
  const forms = formsText === undefined ? [] : formsText.trim().split(/[\s,]+/).filter((f) => f !== '');
  return { line: number, phrase, forms, code, reverseCode };
}

function readPatternLine(line: string, number: number, file: string, problems: string[]): PatternLine | null {
  const match = /^-\s*(.*?)\s*\[([^\]]*)\](.*)$/.exec(line);
  if (!match) {
    problems.push(problemAt(file, number, `pattern "${line}" has no [code]; skipped`));
    return null;
  }
  const parsed = parseCode(match[2]);
  if (typeof parsed === 'string') {
    problems.push(problemAt(file, number, `pattern "${match[1]}": ${parsed}; skipped`));
    return null;
  }
  return { line: number, text: match[1], raw: match[2].trim(), ...parsed };
}

/** "KLM_NOP_+RST" → RST preceded by KLM NOP; "+CORDON_OFF" → CORDON followed by OFF; "LASH OUT" → LASH, OUT. */
function shapeOf(phrase: string): VerbShape | string {
  const parts = phrase.split(/[_\s]+/).filter((p) => p !== '');
  let at = parts.findIndex((p) => p.startsWith('+'));
  if (at < 0) at = 0;
  const words = parts.map((p) => p.replace(/^\+/, '').toLowerCase());
  if (words.some((w) => !/^[a-z0-9'.-]+$/.test(w))) return 'a verb is written with letters, digits, hyphens and _';
  return { before: words.slice(0, at), verb: words[at], after: words.slice(at + 1) };
}

/** Every way the verb can appear: the regular forms of its verb word, and the irregular forms listed. */
function verbShapes(v: VerbLine): VerbShape[] | string {
  const main = shapeOf(v.phrase);
  if (typeof main === 'string') return main;
  const shapes: VerbShape[] = regularVerbForms(main.verb).map((verb) => ({ ...main, verb }));
  for (const form of v.forms) {
    const shape = shapeOf(form);
    if (typeof shape === 'string') return `irregular form "${form}": ${shape}`;
    shapes.push(shape);
  }
  return shapes;
}

function synsetName(text: string): string {
  return text.replace(/^&/, '').replace(/_+$/, '').toUpperCase();
}

/** Members become word sequences; `+&OTHER` members pull in another synset; plurals are added unless `_` ends one. */
function expandSynsets(raw: Map<string, Array<{ text: string; line: number }>>, synsets: Synsets, file: string, problems: string[]): void {
  const resolving = new Set<string>();
  const resolve = (name: string): string[][] | null => {
    const done = synsets.get(name);
    if (done && !raw.has(name)) return done;
    const members = raw.get(name);
    if (!members) return null;
    if (resolving.has(name)) return [];
    resolving.add(name);
    const options: string[][] = [];
    for (const member of members) {
      if (member.text.startsWith('&')) {
        const inner = resolve(synsetName(member.text));
        if (inner === null) problems.push(problemAt(file, member.line, `synset ${member.text} is not defined; member skipped`));
        else options.push(...inner);
        continue;
      }
      const words = phraseWords(member.text).flatMap(splitContraction);
      if (words.length === 0) continue;
      options.push(words);
      if (!isExact(member.text) && /^[a-z]+$/.test(words[words.length - 1])) options.push(pluralPhrase(words));
    }
    resolving.delete(name);
    raw.delete(name);
    synsets.set(name, options);
    return options;
  };
  for (const name of [...raw.keys()]) resolve(name);
}

/** "DON'T" → do n't, as the tokenizer splits it. */
function splitContraction(word: string): string[] {
  return word.length > 3 && word.endsWith("n't") ? [word.slice(0, -3), "n't"] : [word];
}

type Item = { kind: 'word' | 'synset' | 'source' | 'target' | 'skip' | 'compound' | 'verb'; text: string; joinedToPrevious: boolean };

/**
 * "- SAID $ *_UP &CURRENCY (TO {BANNED PARTIES}) +": `_` joins neighbours (they must be adjacent); PETRARCH-2's
 * `{…}` is a noun phrase whose words are adjacent, `(…)` a prepositional phrase whose words keep their order.
 */
export function parsePattern(text: string, synsets: Synsets): { before: PatternElement[]; elements: PatternElement[] } | string {
  const items: Item[] = [];
  let braces = 0;
  let groupStart = false;
  const spaced = text.replace(/([{}()])/g, ' $1 ');
  for (const chunk of spaced.split(/\s+/).filter((c) => c !== '')) {
    if (chunk === '{') {
      braces++;
      groupStart = true;
    } else if (chunk === '}') braces = Math.max(0, braces - 1);
    if (chunk === '{' || chunk === '}' || chunk === '(' || chunk === ')') continue;
    const inGroup = braces > 0 && !groupStart;
    groupStart = false;
    const parts = chunk.split('_');
    let first = true;
    for (let i = 0; i < parts.length; i++) {
      let part = parts[i];
      if (part === '') continue;
      // A synset name may itself contain `_` ("&FIGHT_OF_WORDS"): take the longest defined name.
      if (part.startsWith('&')) {
        for (let j = parts.length; j > i + 1; j--) {
          if (synsets.has(synsetName(parts.slice(i, j).join('_')))) {
            part = parts.slice(i, j).join('_');
            i = j - 1;
            break;
          }
        }
      }
      const joinedToPrevious = !first || inGroup;
      first = false;
      items.push({ ...itemOf(part), joinedToPrevious });
    }
  }
  const verbAt = items.findIndex((item) => item.kind === 'verb');
  if (verbAt < 0) return 'no * marks the verb';
  if (items.filter((item) => item.kind === 'verb').length > 1) return 'more than one *';
  const before: PatternElement[] = [];
  for (let i = 0; i < verbAt; i++) {
    const element = elementOf(items[i], items[i + 1].joinedToPrevious, synsets);
    if (typeof element === 'string') return element;
    before.push(element);
  }
  const elements: PatternElement[] = [];
  for (let i = verbAt + 1; i < items.length; i++) {
    const element = elementOf(items[i], items[i].joinedToPrevious, synsets);
    if (typeof element === 'string') return element;
    elements.push(element);
  }
  if ([...before, ...elements].filter((e) => e.kind === 'target').length > 1) return 'more than one + (target)';
  if ([...before, ...elements].filter((e) => e.kind === 'source').length > 1) return 'more than one $ (source)';
  return { before, elements };
}

function itemOf(part: string): Omit<Item, 'joinedToPrevious'> {
  if (part === '*') return { kind: 'verb', text: part };
  if (part === '$') return { kind: 'source', text: part };
  if (part === '+') return { kind: 'target', text: part };
  if (part === '^') return { kind: 'skip', text: part };
  if (part === '%') return { kind: 'compound', text: part };
  if (part.startsWith('&')) return { kind: 'synset', text: synsetName(part) };
  return { kind: 'word', text: part.toLowerCase() };
}

function elementOf(item: Item, joined: boolean, synsets: Synsets): PatternElement | string {
  if (item.kind === 'word') return { kind: 'phrase', options: [splitContraction(item.text)], joined };
  if (item.kind === 'synset') {
    const options = synsets.get(item.text);
    if (!options) return `synset &${item.text} is not defined`;
    return { kind: 'phrase', options, joined };
  }
  if (item.kind === 'verb') return 'more than one *';
  return joined ? { kind: item.kind, joined } : { kind: item.kind };
}

function readTransformation(line: string, rule: string): Transformation | string {
  const match = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$/.exec(line);
  if (!match) return `transformation "${line}" is not "~ a (a b VERB) VERB = a b CODE"; skipped`;
  const [, outerSource, innerSource, innerTarget, innerVerb, outerVerb, source, target, code] = match;
  return {
    rule,
    outer: { source: outerSource, verb: outerVerb.toUpperCase() },
    inner: { source: innerSource, target: innerTarget, verb: innerVerb.toUpperCase() },
    result: { source, target, code: code.toUpperCase() },
  };
}
