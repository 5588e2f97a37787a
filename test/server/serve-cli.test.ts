// `dyad serve` as a user runs it: a real process, a real port, a token from the environment, a clean stop.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const DYAD = fileURLToPath(new URL('../../bin/dyad.js', import.meta.url));

test('dyad serve listens, takes writes with the token from DYAD_TOKEN, answers reads, and stops on SIGTERM', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-serve-'));
  const child = spawn(process.execPath, [DYAD, 'serve', '--db', join(dir, 'serve.db'), '--port', '0'], {
    env: { ...process.env, DYAD_TOKEN: 'cli-token' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
        if (match) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`dyad serve exited ${code}: ${stderr}`)));
    });
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.status, 200);
    const refused = await fetch(`${base}/v1/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
    assert.equal(refused.status, 401);
    const stored = await fetch(`${base}/v1/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer cli-token' },
      body: JSON.stringify({ id: 'cli-1', text: 'date 2024-02-02\nIran accused Israel of sabotage.' }),
    });
    assert.equal(stored.status, 200);
    assert.equal(((await stored.json()) as { results: Array<{ status: string }> }).results[0].status, 'added');
    const doc = await fetch(`${base}/v1/documents/cli-1`);
    assert.equal(((await doc.json()) as { published: string }).published, '2024-02-02');
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exit, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dyad serve: bad flags are usage errors (exit 2) naming the flag', () => {
  for (const [args, words] of [
    [['--port', 'eighty'], /--port/],
    [['--body-limit', '12'], /--body-limit/],
  ] as const) {
    const run = spawnSync(process.execPath, [DYAD, 'serve', ...args], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, words);
  }
});
