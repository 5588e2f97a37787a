export const USAGE = `dyad — who did what to whom, when and where, from news text

Usage:
  dyad code [PATH|URL|-]... [--format json|jsonl|tsv|table] [--date YYYY-MM-DD] [--dict FILE]... [--expand-members]
            [--fetch] [--all-languages] [--keep-duplicates] [--quiet]
  dyad explain "SENTENCE" [--date YYYY-MM-DD] [--dict FILE]...
  dyad quotes [PATH|-]... [--format tsv|jsonl] [--date YYYY-MM-DD] [--dict FILE]...   (with --db URL: quotes in a store)
  dyad ingest PATH|URL... [--urls FILE] [--db URL] [--dict FILE]... [--date YYYY-MM-DD] [--fetch] [--quiet]
              [--all-languages] [--keep-duplicates]   (URL: a SQLite file, default ./dyad.db, or postgres://…)
  dyad events [--db URL] [--actor|--source|--target CODE] [--cameo CODE] [--root 14,19] [--quad 3,4] [--from D] [--to D]
              [--country ISO3] [--place NAME] [--text WORDS] [--negated yes|no] [--mode M|none] [--document ID]
              [--sort=date|-date|goldstein|-goldstein|cameo|id] [--limit N] [--offset N] [--stories]
              [--format jsonl|csv|gdelt|plover] [--no-header]
  dyad stats --by day|week|month|dyad|quad|root [--db URL] [event filters] [--format csv|jsonl|table]
  dyad recode [--db URL] [--dict FILE]... [--document ID]... [--force]
  dyad actors CODE [--members|--partners|--applicants|--history] [--at YYYY-MM-DD] [--all] [--format table|json]
  dyad relations [--db URL] [--actor CODE] [--at YYYY-MM-DD] [--format table|jsonl|csv]
  dyad serve [--db URL] [--port 8080] [--host 127.0.0.1] [--token T] [--dict FILE]... [--body-limit BYTES]
  dyad eval cameo|extract|petr1|phoenix|plover|quotes|relations PATH [options]
  dyad help

Exit codes: 0 ok, 1 some inputs failed (each named on stderr), 2 usage error.
`;

export function usageError(message: string): number {
  process.stderr.write(`dyad: ${message}\n\n${USAGE}`);
  return 2;
}
