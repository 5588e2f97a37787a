// openStore(url): a file path (SQLite, the default ./dyad.db) or postgres://… (PostgreSQL), one interface.
import { openPostgres } from './postgres.ts';
import { openSqlite } from './sqlite.ts';
import type { Store } from './types.ts';

export const DEFAULT_STORE = './dyad.db';

export type StoreOptions = {
  /** PostgreSQL schema to keep this store in (also `?schema=` in the URL); created if missing. */
  schema?: string;
  /**
   * The store is opened to write: its writer thread starts now, while the caller prepares (loads dictionaries),
   * rather than on the first write. A store only read never starts one.
   */
  writes?: boolean;
};

export async function openStore(url: string = DEFAULT_STORE, options: StoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgres(url, options);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) throw new Error(`store "${url}": use a file path (SQLite) or postgres://…`);
  return openSqlite(url.replace(/^sqlite:/i, ''), options);
}

export { dictionaryVersion } from './dict-version.ts';
export { textHash } from './rows.ts';
export { FILTER_OPTIONS, filterFromOptions, type FilterOptions } from './filter.ts';
export type * from './types.ts';
