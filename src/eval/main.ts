// `npm run eval -- NAME ARGS`: runs src/eval/NAME.ts, whose run(args) returns the exit code.
type Eval = { run: (args: string[]) => Promise<number> };

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  if (!name || !/^[a-z0-9-]+$/.test(name)) {
    process.stderr.write('usage: npm run eval -- NAME [ARGS...]   (NAME names a file in src/eval/, e.g. extract)\n');
    return 2;
  }
  let evaluation: Eval;
  try {
    evaluation = (await import(`./${name}.ts`)) as Eval;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String(error).includes(`${name}.ts`);
    process.stderr.write(missing ? `eval: no eval named "${name}" (src/eval/${name}.ts)\n` : `eval: ${(error as Error).stack}\n`);
    return 2;
  }
  return evaluation.run(args);
}

process.exitCode = await main();
