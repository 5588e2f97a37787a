#!/usr/bin/env node
// Runs the TypeScript sources directly, so `npm install` alone leaves `npx dyad` working.
import { spawn } from 'node:child_process';

// Node lets the heap of a long run grow to gigabytes before it collects in earnest; coding a large stream then
// holds hundreds of MB of garbage. Unless the user set a heap limit, dyad reruns itself with one.
const HEAP_MB = 384;
const LIMIT = /--max-old-space-size|--max_old_space_size|--max-heap-size|--max_heap_size/;
const limited = process.execArgv.some((arg) => LIMIT.test(arg)) || LIMIT.test(process.env.NODE_OPTIONS ?? '');

if (limited) {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} else {
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, ...process.argv.slice(1)], { stdio: 'inherit' });
  // Ctrl-C reaches the whole foreground group, the child included: this process only waits for it to finish.
  // A terminate or hang-up is usually sent to this process alone, so it is passed on.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
}
