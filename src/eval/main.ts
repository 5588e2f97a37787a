// `npm run eval -- NAME ARGS`: the same evaluations as `dyad eval`.
import { runEval } from './index.ts';

process.exitCode = await runEval(process.argv.slice(2));
