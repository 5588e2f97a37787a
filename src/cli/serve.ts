// `dyad serve --db URL [--port 8080] [--host 127.0.0.1] [--token T] [--dict FILE]... [--body-limit BYTES]`
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { loadLexicon } from '../lexicon/index.ts';
import { buildServer, DEFAULT_BODY_LIMIT } from '../server/app.ts';
import { WEB_DIR } from '../server/paths.ts';
import { DEFAULT_STORE, dictionaryVersion, openStore } from '../store/index.ts';
import { flags } from './setup.ts';
import { usageError } from './usage.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export async function run(args: string[]): Promise<number> {
  const parsed = flags({
    args,
    options: {
      db: { type: 'string', default: DEFAULT_STORE },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      dict: { type: 'string', multiple: true },
      'body-limit': { type: 'string' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) return usageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
  if (values.host !== 'localhost' && isIP(values.host) === 0 && !/^[A-Za-z0-9.-]+$/.test(values.host)) return usageError(`--host must be an address or a host name, not "${values.host}"`);
  const bodyLimit = values['body-limit'] === undefined ? DEFAULT_BODY_LIMIT : Number(values['body-limit']);
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1024) return usageError(`--body-limit must be a whole number of bytes, at least 1024, not "${values['body-limit']}"`);
  const token = values.token ?? process.env.DYAD_TOKEN ?? null;

  let lexicon;
  let store;
  try {
    lexicon = loadLexicon({ dicts: values.dict });
    store = await openStore(values.db);
  } catch (error) {
    process.stderr.write(`dyad: ${(error as Error).message}\n`);
    return 1;
  }
  for (const problem of lexicon.problems) process.stderr.write(`dyad: warning: ${problem}\n`);

  const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  const app = await buildServer({ store, lexicon, dictVersion: dictionaryVersion(values.dict ?? []), token, webDir: WEB_DIR, bodyLimit, version });
  let address: string;
  try {
    address = await app.listen({ port, host: values.host });
  } catch (error) {
    process.stderr.write(`dyad: cannot listen on ${values.host}:${port}: ${(error as Error).message}\n`);
    await store.close();
    return 1;
  }
  process.stdout.write(`dyad: serving ${values.db} at ${address}/ (API under /v1, described at ${address}/openapi.json)\n`);
  if (!token) process.stdout.write('dyad: no token (--token or DYAD_TOKEN): writes (POST /v1/documents) are refused\n');
  if (!LOOPBACK.has(values.host)) process.stderr.write(`dyad: warning: listening on ${values.host}: reads and POST /v1/code are open to anyone who can reach it\n`);

  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return 0;
}
