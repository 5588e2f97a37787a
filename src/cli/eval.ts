// `dyad eval NAME ARGS`: score against a gold set (see src/eval/).
export { runEval as run } from '../eval/index.ts';
