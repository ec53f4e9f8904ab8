// `argmap check --cache` (docs/cli.md): a second run takes an unchanged file's diagnostics
// from the cache file instead of checking it again, and checks again a file that changed, a
// file whose referenced file changed, and every file when the settings changed. What proves
// that a file was not checked again: its entry in the cache file is edited by hand between
// the runs to hold a message no analysis writes, and that message is what the run prints.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { argmap, type CheckJson, workspace, writeFiles } from './helpers';

import { PLAN, SURVEY, TAXES } from '../workspace/planSurveyFiles';

type Diagnostic = CheckJson['diagnostics'][number];

// From argument-markdown.md: a claim with nothing under it is unsupported, ranged from its label
// to the end of the heading line ("# Claim: Taxes should fall. {#taxes}" is 36 characters).
const unsupported = (end: number, severity = 'warning'): Diagnostic => ({
  code: 'unsupported-claim',
  severity,
  message: 'Claim is not supported: no cited evidence or supported claim stands under it.',
  range: { start: { line: 0, character: 2 }, end: { line: 0, character: end } },
});
/** `- Evidence: [the survey](b.arg.md#survey)` is 41 characters; the label starts at 2. */
const SURVEY_BROKEN: Diagnostic = {
  code: 'broken-reference',
  severity: 'error',
  message: 'No node with the id `survey` in `b.arg.md`.',
  range: { start: { line: 2, character: 2 }, end: { line: 2, character: 41 } },
};
/** A message no analysis writes: seen in the output only when the entry came from the cache. */
const PLANTED: Diagnostic = { ...unsupported(36), message: 'planted in the cache file' };

describe('argmap check --cache', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  function project(): string {
    const { dir, cleanup } = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'plan.arg.md': PLAN, 'b.arg.md': SURVEY, 'taxes.arg.md': TAXES });
    cleanups.push(cleanup);
    return dir;
  }

  function check(dir: string, ...args: string[]): { code: number | null; results: CheckJson[]; stderr: string } {
    const r = argmap(dir, 'check', '--format', 'json', ...args, '.');
    return { code: r.code, results: JSON.parse(r.stdout) as CheckJson[], stderr: r.stderr };
  }

  /** Replaces the diagnostics of these files' entries in the cache file. */
  function plant(cacheFile: string, dir: string, names: string[]): void {
    const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    for (const name of names) {
      const entry = data.files[path.join(dir, name)];
      assert.ok(entry, `the cache holds ${name}`);
      entry.diagnostics = [PLANTED];
    }
    fs.writeFileSync(cacheFile, JSON.stringify(data));
  }

  /** Rewrites a file with another length, so that its stamp changes whatever the clock's resolution. */
  function rewrite(dir: string, name: string, text: string): void {
    const before = fs.readFileSync(path.join(dir, name), 'utf8');
    assert.notEqual(Buffer.byteLength(text), Buffer.byteLength(before));
    writeFiles(dir, { [name]: text });
  }

  const FIRST: CheckJson[] = [
    { file: 'b.arg.md', diagnostics: [] },
    { file: 'plan.arg.md', diagnostics: [] },
    { file: 'taxes.arg.md', diagnostics: [unsupported(36)] },
  ];

  it('writes .argmapcache in the working directory and prints the same as a run without it', () => {
    const dir = project();
    assert.deepEqual(check(dir), { code: 0, results: FIRST, stderr: '' });
    assert.equal(fs.existsSync(path.join(dir, '.argmapcache')), false, 'no cache without --cache');
    assert.deepEqual(check(dir, '--cache'), { code: 0, results: FIRST, stderr: '' });
    assert.ok(fs.existsSync(path.join(dir, '.argmapcache')));
    assert.deepEqual(check(dir, '--cache'), { code: 0, results: FIRST, stderr: '' });
  });

  it('reuses an unchanged file, checks again a changed file and the file that references it', () => {
    const dir = project();
    const cacheFile = path.join(dir, '.argmapcache');
    check(dir, '--cache');
    plant(cacheFile, dir, ['taxes.arg.md', 'plan.arg.md', 'b.arg.md']);
    // b.arg.md loses the id plan.arg.md links to; taxes.arg.md and plan.arg.md are untouched.
    rewrite(dir, 'b.arg.md', SURVEY.replace(' {#survey}', ''));
    const second = check(dir, '--cache');
    assert.deepEqual(second.results, [
      { file: 'b.arg.md', diagnostics: [] },
      { file: 'plan.arg.md', diagnostics: [unsupported(38), SURVEY_BROKEN] },
      { file: 'taxes.arg.md', diagnostics: [PLANTED] },
    ]);
    assert.equal(second.code, 1, 'the broken reference is an error');
  });

  it('checks every file again when the severities change, on the command line or in a settings file', () => {
    const dir = project();
    const cacheFile = path.join(dir, '.argmapcache');
    check(dir, '--cache');
    plant(cacheFile, dir, ['taxes.arg.md']);
    const stricter = check(dir, '--cache', '--severity', 'unsupported-claim=error');
    assert.deepEqual(stricter.results, [
      { file: 'b.arg.md', diagnostics: [] },
      { file: 'plan.arg.md', diagnostics: [] },
      { file: 'taxes.arg.md', diagnostics: [unsupported(36, 'error')] },
    ]);
    // The severities of a settings file count the same as the command line's.
    plant(cacheFile, dir, ['taxes.arg.md']);
    writeFiles(dir, { '.argmap.json': '{ "severity": { "unsupported-claim": "hint" } }' });
    assert.deepEqual(check(dir, '--cache').results[2], { file: 'taxes.arg.md', diagnostics: [unsupported(36, 'hint')] });
  });

  it('keeps the cache where --cache-location says: a file, or a folder', () => {
    const dir = project();
    check(dir, '--cache', '--cache-location', 'ci/argmap-cache.json');
    assert.ok(fs.existsSync(path.join(dir, 'ci', 'argmap-cache.json')));
    fs.mkdirSync(path.join(dir, 'tmp'));
    check(dir, '--cache', '--cache-location', 'tmp');
    assert.ok(fs.existsSync(path.join(dir, 'tmp', '.argmapcache')));
    plant(path.join(dir, 'tmp', '.argmapcache'), dir, ['taxes.arg.md']);
    assert.deepEqual(check(dir, '--cache', '--cache-location', 'tmp/').results[2], { file: 'taxes.arg.md', diagnostics: [PLANTED] });
    assert.equal(fs.existsSync(path.join(dir, '.argmapcache')), false);
  });

  it('starts a damaged cache over with a warning, and the run is checked in full', () => {
    const dir = project();
    const cacheFile = path.join(dir, '.argmapcache');
    fs.writeFileSync(cacheFile, '{"format": 1, "key": {}, "files": {"x": {"stamp": 3');
    const r = check(dir, '--cache');
    assert.deepEqual(r.results, FIRST);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^argmap: warning: the cache '.*\.argmapcache' cannot be used and is started over: .+\n$/);
    // A well-formed cache with an entry of the wrong shape is damaged too.
    const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    data.files[path.join(dir, 'taxes.arg.md')].diagnostics = [{ code: 'unsupported-claim' }];
    fs.writeFileSync(cacheFile, JSON.stringify(data));
    const again = check(dir, '--cache');
    assert.deepEqual(again.results, FIRST);
    assert.match(again.stderr, /bad entry for .*taxes\.arg\.md\n$/);
  });

  it('says so when the cache cannot be written, and exits as without it', () => {
    const dir = project();
    // A path below a file: its folder cannot be made.
    const r = check(dir, '--cache', '--cache-location', 'taxes.arg.md/cache.json');
    assert.deepEqual(r.results, FIRST);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^argmap: warning: could not write the cache '.*taxes\.arg\.md[\\/]cache\.json': .+\n$/);
  });

  it('reads --cache and --cache-location for check only', () => {
    assert.deepEqual(parseArgs(['check', '--cache', 'a']), { command: 'check', format: 'text', paths: ['a'], maxFileSize: 10_000_000, cache: {} });
    assert.deepEqual(parseArgs(['check', '--cache-location=x/', '--cache', 'a']), {
      command: 'check',
      format: 'text',
      paths: ['a'],
      maxFileSize: 10_000_000,
      cache: { location: 'x/' },
    });
    assert.throws(() => parseArgs(['check', '--cache-location', 'x', 'a']), new UsageError('--cache-location needs --cache'));
    assert.throws(() => parseArgs(['graph', '--cache', 'a']), new UsageError('--cache applies to check, not graph'));
    assert.throws(() => parseArgs(['check', '--cache', '--cache-location=', 'a']), new UsageError('--cache-location needs a file or folder'));
  });
});
