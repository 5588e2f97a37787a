// The dictionary version recorded with each document's annotations: a digest of every dictionary file's
// name and bytes (dyad's own, then the user's --dict files in order). Same files, same version.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OWN_DICTIONARIES = resolve(dirname(fileURLToPath(import.meta.url)), '../../dictionaries');

// The export tables change no coding, so they do not make stored documents stale.
const NOT_CODING = new Set(['fips.tsv']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

export function dictionaryVersion(userDicts: string[] = [], dir: string = OWN_DICTIONARIES): string {
  const hash = createHash('sha256');
  const own = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? filesUnder(dir) : [];
  for (const file of own) {
    const name = relative(dir, file);
    if (NOT_CODING.has(name)) continue;
    hash.update(`${name}\0`).update(readFileSync(file)).update('\0');
  }
  for (const file of userDicts) hash.update('user\0').update(readFileSync(file)).update('\0');
  return `dict-${hash.digest('hex').slice(0, 12)}`;
}
