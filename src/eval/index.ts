// Scores dyad against a gold set: `dyad eval NAME ARGS` or `npm run eval -- NAME ARGS`.
type Evaluation = { run: (args: string[]) => Promise<number> };

const EVALUATIONS: Record<string, () => Promise<Evaluation>> = {
  cameo: () => import('./cameo.ts'),
  events: () => import('./events.ts'),
  extract: () => import('./extract.ts'),
  petr1: () => import('./petr1.ts'),
  phoenix: () => import('./phoenix.ts'),
  plover: () => import('./plover.ts'),
  quotes: () => import('./quotes.ts'),
  relations: () => import('./relations.ts'),
};

export async function runEval(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? EVALUATIONS[name] : undefined;
  if (!load) {
    const known = Object.keys(EVALUATIONS).join(', ');
    process.stderr.write(`dyad eval: ${name ? `no evaluation named "${name}"` : 'name an evaluation'}; one of ${known}\n`);
    return 2;
  }
  return (await load()).run(args);
}
