// A server on a temporary SQLite store with the fixture lexicon, optionally filled with the test articles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/server/app.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';
import { fixtureLexicon } from '../fixtures/lexicon.ts';
import { ARTICLES } from './articles.ts';

export const TOKEN = 'test-token-0123456789';

export type TestServer = { app: FastifyInstance; store: Store; dir: string; close(): Promise<void> };

export async function testServer(options: Partial<ServerOptions> & { fill?: boolean } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-server-'));
  const store = await openStore(join(dir, 'test.db'));
  const app = await buildServer({ store, lexicon: fixtureLexicon(), dictVersion: 'test', token: TOKEN, version: 'test', ...options });
  if (options.fill) {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/documents',
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: { documents: ARTICLES.map(({ id, title, date, text }) => ({ id, title, date, text })) },
    });
    if (response.statusCode !== 200) throw new Error(`filling the test store failed: ${response.body}`);
  }
  return {
    app,
    store,
    dir,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
