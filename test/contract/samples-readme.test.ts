// samples/diagnostics/README.md is the catalogue of diagnostic codes by example: its table must
// list every code of the model's table with a sample file that exists (or explain in a section of
// its own why a code has none), and `argmap check` must find in those files exactly what it lists.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SEVERITY } from '../../server/src/model';
import { REPO } from './repo';

const DIR = path.join(REPO, 'samples', 'diagnostics');
const README = path.join(DIR, 'README.md');

interface Row {
  file: string;
  /** undefined for a file that should have no diagnostics (`—`). */
  code?: string;
  line?: number;
}

/** The rows of the "Expected diagnostics" table; a row with no file continues the previous file. */
function tableRows(markdown: string): Row[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Expected diagnostics'));
  assert.ok(section, 'samples/diagnostics/README.md has no "## Expected diagnostics" section');
  const rows: Row[] = [];
  let file = '';
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length < 3 || cells[0] === 'file' || /^-+$/.test(cells[0])) continue;
    const unquote = (c: string) => c.replace(/^`|`$/g, '');
    if (cells[0]) file = unquote(cells[0]);
    assert.ok(file, `a table row with no file before it: ${line}`);
    const code = cells[1] === '—' ? undefined : unquote(cells[1]);
    rows.push({ file, code, line: code === undefined ? undefined : Number(cells[2]) });
  }
  return rows;
}

/** Codes that the README explains in a section of their own (`## \`code\``) instead of a sample. */
function explainedWithoutSample(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^## `([a-z-]+)`/gm)].map((m) => m[1]));
}

const key = (file: string, code: string, line: number) => `${file} ${code} ${line}`;

describe('samples/diagnostics/README.md', () => {
  const markdown = fs.readFileSync(README, 'utf8');
  const rows = tableRows(markdown);
  const codes = Object.keys(DEFAULT_SEVERITY);

  it("lists each code of the model's table with a sample file that exists, or says why it has none", () => {
    const explained = explainedWithoutSample(markdown);
    for (const code of codes) {
      const samples = rows.filter((r) => r.code === code).map((r) => r.file);
      if (explained.has(code)) {
        assert.deepEqual(samples, [], `${code} has a sample and a section saying it has none`);
        continue;
      }
      assert.ok(samples.length > 0, `samples/diagnostics/README.md lists no sample for ${code}`);
      for (const file of samples) assert.ok(fs.existsSync(path.join(DIR, file)), `samples/diagnostics/${file} (for ${code}) does not exist`);
    }
  });

  it('lists only codes of the model, and every sample file in the folder', () => {
    for (const row of rows) if (row.code) assert.ok(codes.includes(row.code), `the README lists ${row.code}, which the model does not have`);
    const onDisk = (fs.readdirSync(DIR, { recursive: true }) as string[])
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => f.endsWith('.arg.md'))
      .sort();
    assert.deepEqual([...new Set(rows.map((r) => r.file))].sort(), onDisk, 'the files in the table vs samples/diagnostics/');
  });

  it('argmap check finds in the samples exactly the codes and lines the table lists', () => {
    const run = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'check', '--format', 'json', 'samples/diagnostics'], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.ok(run.status === 0 || run.status === 1, `argmap check exited ${run.status}: ${run.stderr}`);
    const files = JSON.parse(run.stdout) as { file: string; diagnostics: { code: string; range: { start: { line: number } } }[] }[];
    const found = files
      .flatMap((f) => f.diagnostics.map((d) => key(path.relative('samples/diagnostics', f.file).split(path.sep).join('/'), d.code, d.range.start.line + 1)))
      .sort();
    const listed = rows.flatMap((r) => (r.code && r.line ? [key(r.file, r.code, r.line)] : [])).sort();
    assert.deepEqual(found, listed);
  });
});
