#!/usr/bin/env node
// Runs the TypeScript sources directly, so `npm install` alone leaves `npx dyad` working.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
