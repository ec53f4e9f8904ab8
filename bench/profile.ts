// Where the time goes: a summary of a V8 `.cpuprofile` (from `node --cpu-prof`), the
// functions with the most self time, and the files they live in.
//
// `node out/bench/profile.js FILE.cpuprofile [TOP]` prints it for any profile.
import fs from 'node:fs';

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  name: string;
  /** `file:line` (file name only). */
  where: string;
  selfMs: number;
  percent: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: ProfileEntry[];
  /** Self time by file (bundles show their inlined package paths in the names). */
  files: { file: string; selfMs: number; percent: number }[];
}

export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const totalMs = [...self.values()].reduce((a, b) => a + b, 0);

  const functions = new Map<string, ProfileEntry>();
  const files = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url ? frame.url.replace(/^.*\//, '') : '(native)';
    const name = frame.functionName || '(anonymous)';
    const where = frame.url ? `${file}:${frame.lineNumber + 1}` : '';
    const key = `${name}@${where}`;
    const entry = functions.get(key) ?? { name, where, selfMs: 0, percent: 0 };
    entry.selfMs += ms;
    functions.set(key, entry);
    files.set(file, (files.get(file) ?? 0) + ms);
  }
  const pct = (ms: number) => (totalMs ? (100 * ms) / totalMs : 0);
  return {
    totalMs,
    functions: [...functions.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((e) => ({ ...e, percent: pct(e.selfMs) })),
    files: [...files]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([file, selfMs]) => ({ file, selfMs, percent: pct(selfMs) })),
  };
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
}

export function formatProfile(s: ProfileSummary): string {
  const lines = [`total sampled ${(s.totalMs / 1000).toFixed(2)} s; top self time:`];
  for (const f of s.functions) lines.push(`  ${f.percent.toFixed(1).padStart(5)}%  ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}`);
  return lines.join('\n');
}

if (require.main === module && /profile\.js$/.test(process.argv[1] ?? '')) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node out/bench/profile.js FILE.cpuprofile [TOP]');
    process.exit(2);
  }
  console.log(formatProfile(summarizeProfile(readProfile(file), Number(process.argv[3] ?? 20))));
}
