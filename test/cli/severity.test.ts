// Severities for `argmap check`: `--severity code=level`, `.vscode/settings.json` (the editor's
// own settings, JSON with comments), `.argmap.json`, and which one wins.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { argmap, assertOneLineError, lines, workspace, writeFiles } from './helpers';
import { EMPTY_NODE, UNSUPPORTED } from './fixtures';

/** UNSUPPORTED's one diagnostic, as text, with the severity left open. */
const line = (severity: string) => new RegExp(`^warn\\.arg\\.md:1:1: ${severity} unsupported-claim: .+\\n$`);

describe('argmap check --severity', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({ 'warn.arg.md': UNSUPPORTED }));
  });
  after(() => cleanup());

  it('raises a warning to an error, which fails the run', () => {
    const r = argmap(dir, 'check', '--severity', 'unsupported-claim=error', 'warn.arg.md');
    assert.equal(r.code, 1);
    assert.match(r.stdout, line('error'));
  });

  it('drops a code set to ignore', () => {
    const r = argmap(dir, 'check', '--severity=unsupported-claim=ignore', 'warn.arg.md');
    assert.deepEqual(r, { code: 0, stdout: '', stderr: 'no problems in 1 file\n' });
  });

  it('reads levels as the editor does: any case, info for information', () => {
    assert.match(argmap(dir, 'check', '--severity', 'unsupported-claim=INFO', 'warn.arg.md').stdout, line('information'));
    assert.match(argmap(dir, 'check', '--severity', 'unsupported-claim=Hint', 'warn.arg.md').stdout, line('hint'));
  });

  it('lets a later --severity for the same code win, and leaves other codes alone', () => {
    const r = argmap(dir, 'check', '--severity', 'unsupported-claim=error', '--severity', 'empty-node=hint', '--severity', 'unsupported-claim=hint', 'warn.arg.md');
    assert.equal(r.code, 0);
    assert.match(r.stdout, line('hint'));
  });

  it('applies to JSON output too', () => {
    const r = argmap(dir, 'check', '--format', 'json', '--severity', 'unsupported-claim=error', 'warn.arg.md');
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(r.stdout) as { diagnostics: { severity: string }[] }[])[0].diagnostics[0].severity, 'error');
  });

  for (const [value, why] of [
    ['unsupported-claim', /--severity needs code=level \(got 'unsupported-claim'\)/],
    ['no-such-code=error', /--severity unknown diagnostic code 'no-such-code'/],
    ['unsupported-claim=fatal', /--severity unknown level 'fatal' for unsupported-claim \(expected ignore, hint, information, warning, error\)/],
  ] as const) {
    it(`exits 2 for --severity ${value}`, () => {
      const r = argmap(dir, 'check', '--severity', value, 'warn.arg.md');
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, why);
      assert.ok(assertOneLineError(r.stderr), r.stderr);
    });
  }

  it('is an option of check only', () => {
    const r = argmap(dir, 'graph', '--severity', 'unsupported-claim=error', 'warn.arg.md');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^argmap: --severity applies to check, not graph/);
  });
});

describe('argmap check: severities from the settings files at the workspace root', () => {
  let root = '';
  let cleanup = () => {};
  before(() => {
    ({ dir: root, cleanup } = workspace({}));
  });
  after(() => cleanup());

  /** A fresh project folder (a `.git` marks it) holding the files; returns its path. */
  let count = 0;
  function project(files: Record<string, string>): string {
    const dir = path.join(root, `p${++count}`);
    writeFiles(dir, { '.git/HEAD': 'ref: refs/heads/main\n', 'warn.arg.md': UNSUPPORTED, ...files });
    return dir;
  }

  it('reads .vscode/settings.json as VS Code writes it: comments and trailing commas', () => {
    const dir = project({
      '.vscode/settings.json': lines(
        '{',
        '  // argmap in CI: "unsupported" is a mistake here',
        '  "editor.rulers": [100,],',
        '  "argmap.severity.unsupported-claim": "error", /* was "warning" */',
        '  "files.exclude": { "**/*.tmp": true, },',
        '}',
      ),
    });
    const r = argmap(dir, 'check', 'warn.arg.md');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, line('error'));
  });

  it('reads .argmap.json, nested or with the settings keys', () => {
    const nested = project({ '.argmap.json': '{ "severity": { "unsupported-claim": "hint" } }' });
    assert.match(argmap(nested, 'check', 'warn.arg.md').stdout, line('hint'));
    const flat = project({ '.argmap.json': '{ "argmap.severity.unsupported-claim": "error" }' });
    assert.match(argmap(flat, 'check', 'warn.arg.md').stdout, line('error'));
  });

  it('lets .vscode/settings.json win over .argmap.json, and the command line over both', () => {
    const dir = project({
      '.argmap.json': '{ "severity": { "unsupported-claim": "error", "empty-node": "hint" } }',
      '.vscode/settings.json': '{ "argmap.severity.unsupported-claim": "information" }',
      'empty.arg.md': EMPTY_NODE,
    });
    assert.match(argmap(dir, 'check', 'warn.arg.md').stdout, line('information'));
    assert.match(argmap(dir, 'check', '--severity', 'unsupported-claim=warning', 'warn.arg.md').stdout, line('warning'));
    // Code by code: one that only .argmap.json sets still comes from it (EMPTY_NODE's error at 4:3).
    const empty = argmap(dir, 'check', 'empty.arg.md');
    assert.equal(empty.code, 0);
    assert.match(empty.stdout, /^empty\.arg\.md:4:3: hint empty-node: .+\n$/);
  });

  it('reads the settings of the workspace root found from the path, not of the working directory', () => {
    const dir = project({ '.vscode/settings.json': '{ "argmap.severity.unsupported-claim": "error" }', 'docs/deep/warn.arg.md': UNSUPPORTED });
    const r = argmap(root, 'check', path.relative(root, path.join(dir, 'docs/deep/warn.arg.md')));
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /:1:1: error unsupported-claim: /);
  });

  it('says so and exits 2 for a settings file that is not JSON, still checking the files', () => {
    const dir = project({ '.vscode/settings.json': '{ "argmap.severity.unsupported-claim": "error" ' });
    const r = argmap(dir, 'check', 'warn.arg.md');
    assert.equal(r.code, 2);
    assert.match(r.stdout, line('warning'));
    const [first, ...rest] = r.stderr.split('\n');
    assert.match(first, /^argmap: cannot read '\.vscode\/settings\.json': not valid JSON \(.+\)$/);
    assert.deepEqual(rest, ['1 problem (0 errors, 1 warning) in 1 file', '']);
  });

  it('warns about a code or a level it does not know and ignores that key, as the editor does', () => {
    const dir = project({
      '.vscode/settings.json': '{ "argmap.severity.no-such-code": "error", "argmap.severity.unsupported-claim": "eror", "argmap.files": ["**/*.md"] }',
    });
    const r = argmap(dir, 'check', 'warn.arg.md');
    assert.equal(r.code, 0);
    assert.match(r.stdout, line('warning'));
    assert.equal(
      r.stderr,
      lines(
        "argmap: warning: .vscode/settings.json: 'argmap.severity.no-such-code' names no diagnostic code; ignored",
        "argmap: warning: .vscode/settings.json: 'argmap.severity.unsupported-claim' is not ignore, hint, information, warning or error; ignored",
        '1 problem (0 errors, 1 warning) in 1 file',
      ),
    );
  });
});
