// The bench's command line: which phases, sizes, shapes and worst cases a run measures.
import { SHAPES, SIZES } from './generate';

export const PHASES = ['model', 'argdown', 'server', 'concurrency', 'memory', 'map', 'pool', 'worst', 'workspace', 'soak'] as const;
/** Phases run only when `--only` names them: the soak types 10,000 keystrokes (10–20 minutes). */
const OPTIONAL: readonly Phase[] = ['soak'];
export type Phase = (typeof PHASES)[number];

export interface Options {
  quick: boolean;
  phases: Set<Phase>;
  sizes?: string[];
  cpuProf: boolean;
  out?: string;
  /** Which issue-12 shapes (`SHAPES`) to run; all by default, none with `--shapes=none`. */
  shapes?: string[];
  /** Which of issue 12's worst cases (bench/worst.ts) to run; all by default. */
  worst?: string[];
}

export function parseOptions(argv: readonly string[]): Options {
  const options: Options = { quick: false, phases: new Set(PHASES.filter((p) => !OPTIONAL.includes(p))), cpuProf: false };
  for (const arg of argv) {
    const [key, value] = arg.split('=', 2);
    if (key === '--quick') options.quick = true;
    else if (key === '--cpu-prof') options.cpuProf = true;
    else if (key === '--only' && value) options.phases = new Set(value.split(',').filter((p): p is Phase => (PHASES as readonly string[]).includes(p)));
    else if (key === '--sizes' && value) options.sizes = value.split(',');
    else if (key === '--out' && value) options.out = value;
    else if (key === '--shapes' && value) options.shapes = value === 'none' ? [] : value.split(',');
    else if (key === '--worst' && value) options.worst = value.split(',');
    else {
      console.error(`unknown option ${arg}\nusage: run.js [--quick] [--only=${PHASES.join(',')}] [--sizes=${SIZES.map((s) => s.name).join(',')}] [--shapes=${SHAPES.map((s) => s.name).join(',')}|none] [--worst=random,line,table,paragraph] [--cpu-prof] [--out=FILE]`);
      process.exit(2);
    }
  }
  if (options.quick && !options.sizes) options.sizes = ['10KB', '100KB', '1MB'];
  return options;
}
