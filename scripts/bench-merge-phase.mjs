// @ts-check
// Puts one phase of a separate bench run into bench/results/latest.json, with its targets and
// a note naming the run it came from (commit, date, load), so the README table shows it for
// what it is. For a phase too long to run in every full run (the 2,000-file workspace).
//
//   node scripts/bench-merge-phase.mjs FROM.json PHASE [TARGET_ID_PREFIX]
//   e.g. node scripts/bench-merge-phase.mjs bench/results/workspace-phase.json workspace workspace-
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [fromFile, phase, prefix = `${phase}-`] = process.argv.slice(2);
if (!fromFile || !phase) {
  console.error('usage: node scripts/bench-merge-phase.mjs FROM.json PHASE [TARGET_ID_PREFIX]');
  process.exit(2);
}
const latestFile = path.join(ROOT, 'bench', 'results', 'latest.json');
const from = JSON.parse(fs.readFileSync(fromFile, 'utf8'));
const latest = JSON.parse(fs.readFileSync(latestFile, 'utf8'));
if (!from[phase]) {
  console.error(`${fromFile} holds no '${phase}' phase`);
  process.exit(1);
}
latest[phase] = from[phase];
const theirs = (from.targets ?? []).filter((/** @type {{ id: string }} */ t) => t.id.startsWith(prefix));
latest.targets = (latest.targets ?? []).filter((/** @type {{ id: string }} */ t) => !t.id.startsWith(prefix)).concat(theirs);
const load = from.loadAverage ? `load average ${from.loadAverage.start} → ${from.loadAverage.end} on ${from.cpus ?? '?'} cores` : 'load not recorded';
const note = `The ${phase} rows and their ${theirs.length} targets come from a separate run of that phase alone (commit ${String(from.commit).slice(0, 7)}${from.dirty ? ', dirty' : ''}, ${from.date}, ${load}), not from this run.`;
latest.notes = (latest.notes ?? []).filter((/** @type {string} */ n) => !n.startsWith(`The ${phase} rows`)).concat(note);
fs.writeFileSync(latestFile, JSON.stringify(latest, null, 2) + '\n');
console.log(note);
