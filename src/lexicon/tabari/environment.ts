// The `<Environment>` of a PETRARCH validation file: the dictionaries it is to be coded with.
import { dirname, resolve } from 'node:path';

export type Environment = { verbs: string[]; actors: string[]; agents: string[]; discards: string[] };

export function readEnvironment(source: string, file: string): Environment | string {
  const block = /<Environment>([\s\S]*?)<\/Environment>/i.exec(source)?.[1];
  if (block === undefined) return `${file}: no <Environment> element`;
  const dir = dirname(file);
  const files = (tag: string): string[] =>
    [...block.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'gi'))]
      .flatMap((m) => m[1].split(','))
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .map((name) => resolve(dir, name));
  return { verbs: files('Verbfile'), actors: files('Actorfile'), agents: files('Agentfile'), discards: files('Discardfile') };
}
