// Builds the web UI with Vite when its build is missing or older than its sources. Vite is a development
// dependency: `npm install` brings it; a server started from an existing build never loads it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_DIR, WEB_SOURCE_DIR } from './paths.ts';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function webBuildIsFresh(): boolean {
  const index = join(WEB_DIR, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= newestSource(WEB_SOURCE_DIR);
}

/** Returns true when it built, false when the build was already fresh. */
export async function buildWeb(options: { force?: boolean } = {}): Promise<boolean> {
  if (!options.force && webBuildIsFresh()) return false;
  const { build } = await import('vite');
  await build({ configFile: join(WEB_SOURCE_DIR, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
