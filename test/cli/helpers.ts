// Runs the built `dist/cli.js` as a process in a temporary workspace of fixture files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** out/test/cli/*.test.js → the repository root. */
export const REPO = path.resolve(__dirname, '../../..');
// ARGMAP_DIST: another build's folder (`npm run test:production` runs these tests on the production bundles).
export const CLI = path.join(process.env.ARGMAP_DIST ? path.resolve(REPO, process.env.ARGMAP_DIST) : path.join(REPO, 'dist'), 'cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function argmap(cwd: string, ...args: string[]): Run {
  // No shell: a glob reaches argmap as written, as it does when the user quotes it.
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder holding `files` (path → text); removed by `cleanup`. */
export function workspace(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-cli-')));
  writeFiles(dir, files);
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

export interface CheckJson {
  file: string;
  diagnostics: {
    code: string;
    severity: string;
    message: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
}

export const lines = (...l: string[]) => l.join('\n') + '\n';

/** A user error is one line on stderr, never a stack trace. */
export function assertOneLineError(stderr: string): boolean {
  const l = stderr.trimEnd().split('\n');
  return l.length >= 1 && l.every((x) => x.startsWith('argmap: ')) && !/\n\s+at /.test(stderr);
}
