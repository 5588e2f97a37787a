// `npm start`: build the web UI if needed, make a demo store from examples/ if there is no store yet, and serve
// it. Arguments are passed to `dyad serve` (e.g. `npm start -- --port 9000`); DYAD_DB names the store.
import { existsSync } from 'node:fs';
import { run } from '../cli/serve.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { buildWeb } from './build-web.ts';
import { createDemoStore } from './demo.ts';
import { EXAMPLES_DIR } from './paths.ts';

const db = process.env.DYAD_DB ?? 'dyad.db';

if (await buildWeb()) process.stdout.write('dyad: built the web UI into web/dist\n');
if (!/^postgres(ql)?:\/\//i.test(db) && !existsSync(db)) {
  const made = await createDemoStore(db, EXAMPLES_DIR, loadLexicon());
  process.stdout.write(`dyad: made a demo store ${db} from examples/: ${made.documents} documents, ${made.events} events\n`);
  for (const problem of made.failed) process.stderr.write(`dyad: ${problem}\n`);
}
process.exitCode = await run(['--db', db, ...process.argv.slice(2)]);
