// What the stand-alone bench scripts (busy.js, peak.js, soak.js) share: a numeric
// `--name=value` option and running `main` with a non-zero exit on failure.

/** The number after `--name=` on the command line, or `fallback`. */
export function numberOption(name: string, fallback: number): number {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
}

/** Runs a script's `main`; a failure is printed and exits 1. */
export function runScript(main: () => Promise<unknown>): void {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
