// Reads a YAML dictionary file and validates it, naming the file, line and problem for every bad entry.
// A bad entry is skipped with a message; the rest of the file still loads.
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';

export type Loaded<T> = { entries: T[]; problems: string[] };

export function readYamlList<S extends z.ZodType>(file: string, schema: S, text?: string): Loaded<z.infer<S>> {
  const source = text ?? readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines, keepSourceTokens: false });
  const at = (offset: number | undefined): string => `${file}:${offset === undefined ? 1 : lines.linePos(offset).line}`;
  if (document.errors.length > 0) {
    return { entries: [], problems: document.errors.map((error) => `${at(error.pos[0])}: ${error.message.split('\n')[0]}`) };
  }
  const root = document.contents;
  if (!isSeq(root)) return { entries: [], problems: [`${at(0)}: expected a list of entries`] };
  const entries: z.infer<S>[] = [];
  const problems: string[] = [];
  for (const item of root.items) {
    const node = item as Node;
    const parsed = schema.safeParse(node?.toJSON?.() ?? item);
    if (parsed.success) entries.push(parsed.data);
    else problems.push(`${at(lineOfIssue(node, parsed.error.issues[0]?.path ?? []))}: ${describeIssue(parsed.error.issues[0])}`);
  }
  return { entries, problems };
}

/** A YAML mapping at the top (like a verb file: root, name, patterns) validated as one object. */
export function readYamlObject<S extends z.ZodType>(file: string, schema: S): { value: z.infer<S> | null; problems: string[] } {
  const source = readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines });
  const at = (offset: number | undefined): string => `${file}:${offset === undefined ? 1 : lines.linePos(offset).line}`;
  if (document.errors.length > 0) {
    return { value: null, problems: document.errors.map((error) => `${at(error.pos[0])}: ${error.message.split('\n')[0]}`) };
  }
  const parsed = schema.safeParse(document.toJSON());
  if (parsed.success) return { value: parsed.data, problems: [] };
  const problems = parsed.error.issues.map(
    (issue) => `${at(lineOfIssue(document.contents as Node, issue.path))}: ${describeIssue(issue)}`,
  );
  return { value: null, problems };
}

function lineOfIssue(node: Node | null, path: ReadonlyArray<PropertyKey>): number | undefined {
  let current: unknown = node;
  let offset = (node as { range?: [number, number, number] } | null)?.range?.[0];
  for (const key of path) {
    if (isMap(current)) current = current.get(key as string, true);
    else if (isSeq(current)) current = current.get(key as number, true);
    else break;
    const range = (current as { range?: [number, number, number] } | undefined)?.range;
    if (range) offset = range[0];
  }
  return offset;
}

function describeIssue(issue: { path: ReadonlyArray<PropertyKey>; message: string } | undefined): string {
  if (!issue) return 'invalid entry';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}
