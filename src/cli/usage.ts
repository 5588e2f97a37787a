export const USAGE = `dyad — who did what to whom, when and where, from news text

Usage:
  dyad code [PATH|-]... [--format json|jsonl|tsv|table] [--date YYYY-MM-DD] [--dict FILE]...
  dyad explain "SENTENCE" [--date YYYY-MM-DD] [--dict FILE]...
  dyad serve [--db URL] [--port 8080] [--host 127.0.0.1] [--token T] [--dict FILE]... [--body-limit BYTES]
  dyad help

Exit codes: 0 ok, 1 some inputs failed (each named on stderr), 2 usage error.
`;

export function usageError(message: string): number {
  process.stderr.write(`dyad: ${message}\n\n${USAGE}`);
  return 2;
}
