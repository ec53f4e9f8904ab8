// Deterministic inputs for the benchmark: argument Markdown of a given size, a
// footnote-heavy file, and Argdown text of the same shape for the peer comparison.
// The same seed gives the same bytes on every machine (no Math.random, no dates).
//
// `node out/bench/generate.js DIR` writes every input to DIR to look at them.
import fs from 'node:fs';
import path from 'node:path';
import { generateArgumentMarkdown, generateFootnoteHeavy } from './inputs/argument';
import { generateArgdown } from './inputs/argdown';
import { SHAPES } from './inputs/shapes';

export { prng } from './inputs/writer';
export { generateArgumentMarkdown, generateFootnoteHeavy } from './inputs/argument';
export { generateArgdown } from './inputs/argdown';
export { SHAPES } from './inputs/shapes';
export { standardBytes, WORST_CASES, type WorstCase } from './inputs/worst';

export interface BenchInput {
  /** Short name used in tables and JSON: `10KB`, `1MB`, `footnotes`, `footnotes-end`, `sample`. */
  name: string;
  text: string;
  bytes: number;
  /** The same-shape Argdown text, for the inputs that have one. */
  argdown?: string;
  /** Set on the issue-12 shapes (`SHAPES`): their name. */
  shape?: string;
  /** Measured in process only (a variant, not worth a server session). */
  modelOnly?: boolean;
}

export const SIZES: readonly { name: string; bytes: number }[] = [
  { name: '10KB', bytes: 10_000 },
  { name: '100KB', bytes: 100_000 },
  { name: '1MB', bytes: 1_000_000 },
  { name: '5MB', bytes: 5_000_000 },
];

function input(name: string, text: string, argdown?: string): BenchInput {
  return { name, text, bytes: Buffer.byteLength(text), argdown };
}

/** Every bench input; `sizes` filters the generated sizes by name. `samplePath` is added when it exists. */
export function benchInputs(options: { sizes?: readonly string[]; footnotes?: boolean; /** Shape names to include (all when absent). */ shapes?: readonly string[]; quick?: boolean; samplePath?: string } = {}): { inputs: BenchInput[]; notes: string[] } {
  const notes: string[] = [];
  const inputs = SIZES.filter((s) => !options.sizes || options.sizes.includes(s.name)).map((s) =>
    input(s.name, generateArgumentMarkdown(s.bytes, 1), generateArgdown(s.bytes, 1)),
  );
  if (options.footnotes !== false) {
    inputs.push(input('footnotes', generateFootnoteHeavy(10_000, 2, 'near')));
    inputs.push({ ...input('footnotes-end', generateFootnoteHeavy(10_000, 2, 'end')), modelOnly: true });
  }
  {
    for (const shape of SHAPES.filter((sh) => !options.shapes || options.shapes.includes(sh.name))) {
      const bytes = options.quick ? shape.quick : shape.full;
      inputs.push({ ...input(`shape:${shape.name}`, shape.make(bytes, 5)), shape: shape.name });
    }
  }
  if (options.samplePath) {
    if (fs.existsSync(options.samplePath)) inputs.push(input('sample', fs.readFileSync(options.samplePath, 'utf8')));
    else notes.push(`${path.basename(options.samplePath)} is absent: the article sample was skipped.`);
  }
  return { inputs, notes };
}

// Only when run as its own bundle: every bench bundle inlines this file.
if (require.main === module && /generate\.js$/.test(process.argv[1] ?? '')) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node out/bench/generate.js DIR');
    process.exit(2);
  }
  fs.mkdirSync(dir, { recursive: true });
  for (const inp of benchInputs().inputs) {
    fs.writeFileSync(path.join(dir, `${inp.name}.arg.md`), inp.text);
    if (inp.argdown) fs.writeFileSync(path.join(dir, `${inp.name}.argdown`), inp.argdown);
    console.log(`${inp.name}: ${inp.bytes} bytes`);
  }
}
