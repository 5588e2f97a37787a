// `dyad VERB …`: each verb lives in its own module and returns the process exit code.
import { usageError, USAGE } from './usage.ts';

type Verb = (args: string[]) => Promise<number>;

const verbs: Record<string, () => Promise<Verb>> = {
  code: async () => (await import('./code.ts')).run,
  explain: async () => (await import('./explain.ts')).run,
  eval: async () => (await import('./eval.ts')).run,
  serve: async () => (await import('./serve.ts')).run,
  ingest: async () => (await import('./ingest.ts')).run,
  events: async () => (await import('./events.ts')).run,
  stats: async () => (await import('./stats.ts')).run,
  recode: async () => (await import('./recode.ts')).run,
  actors: async () => (await import('./actors.ts')).run,
  relations: async () => (await import('./relations.ts')).run,
  quotes: async () => (await import('./quotes.ts')).run,
};

export async function main(argv: string[]): Promise<number> {
  const [verb, ...args] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    process.stdout.write(USAGE);
    return verb === undefined ? 2 : 0;
  }
  const load = verbs[verb];
  if (!load) return usageError(`unknown command "${verb}"`);
  return (await load())(args);
}
