// `argmap check` as a process: exit codes, text and JSON output, paths, folders and globs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { argmap, assertOneLineError, type CheckJson, REPO, workspace, writeFiles } from './helpers';
import { CLEAN, CROSS_FILE, EMPTY_NODE, FACTS, SEVERAL, UNSUPPORTED } from './fixtures';

const TEXT_LINE = /^(.+):(\d+):(\d+): (error|warning|information|hint) ([a-z-]+): (.+)$/;

function json(stdout: string): CheckJson[] {
  return JSON.parse(stdout) as CheckJson[];
}

describe('argmap check', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({
      'clean.arg.md': CLEAN,
      'empty.arg.md': EMPTY_NODE,
      'warn.arg.md': UNSUPPORTED,
      'several.arg.md': SEVERAL,
      'docs/a.arg.md': CLEAN,
      'docs/deep/b.arg.md': UNSUPPORTED,
      'docs/notes.md': EMPTY_NODE,
      'docs/node_modules/dep.arg.md': EMPTY_NODE,
      'docs/.drafts/c.arg.md': EMPTY_NODE,
    }));
  });
  after(() => cleanup());

  it('exits 0 and prints nothing for a clean file; JSON lists it with no diagnostics', () => {
    const text = argmap(dir, 'check', 'clean.arg.md');
    assert.deepEqual(text, { code: 0, stdout: '', stderr: 'no problems in 1 file\n' });
    const r = argmap(dir, 'check', '--format', 'json', 'clean.arg.md');
    assert.equal(r.code, 0);
    assert.deepEqual(json(r.stdout), [{ file: 'clean.arg.md', diagnostics: [] }]);
  });

  it('exits 1 for a diagnostic of severity error, located at the label', () => {
    const r = argmap(dir, 'check', '--format', 'json', 'empty.arg.md');
    assert.equal(r.code, 1, r.stderr);
    const [file] = json(r.stdout);
    assert.equal(file.file, 'empty.arg.md');
    assert.deepEqual(
      file.diagnostics.map((d) => [d.code, d.severity, d.range.start]),
      [['empty-node', 'error', { line: 3, character: 2 }]],
    );
    assert.equal(file.diagnostics[0].range.end.line, 3);

    const text = argmap(dir, 'check', 'empty.arg.md');
    assert.equal(text.code, 1);
    assert.match(text.stdout, /^empty\.arg\.md:4:3: error empty-node: .+\n$/);
  });

  it('exits 0 when the worst diagnostic is a warning', () => {
    const r = argmap(dir, 'check', 'warn.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^warn\.arg\.md:1:1: warning unsupported-claim: .+\n$/);
  });

  it('prints the same diagnostics as text and JSON, text 1-based, sorted by position', () => {
    const asJson = json(argmap(dir, 'check', '--format', 'json', 'several.arg.md').stdout)[0].diagnostics;
    const r = argmap(dir, 'check', 'several.arg.md');
    assert.equal(r.code, 1);
    assert.deepEqual(new Set(asJson.map((d) => d.code)), new Set(['unsupported-claim', 'orphan-evidence', 'uncited-evidence', 'empty-node']));
    const starts = asJson.map((d) => d.range.start.line * 1e6 + d.range.start.character);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));

    const textLines = r.stdout.trimEnd().split('\n');
    assert.equal(textLines.length, asJson.length);
    textLines.forEach((line, k) => {
      const m = TEXT_LINE.exec(line);
      assert.ok(m, line);
      const d = asJson[k];
      assert.deepEqual(m.slice(1), [
        'several.arg.md',
        String(d.range.start.line + 1),
        String(d.range.start.character + 1),
        d.severity,
        d.code,
        d.message,
      ]);
    });
  });

  it('lists files sorted by path, each once', () => {
    const r = argmap(dir, 'check', '--format', 'json', 'warn.arg.md', 'clean.arg.md', './warn.arg.md', 'clean.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      json(r.stdout).map((f) => f.file),
      ['clean.arg.md', 'warn.arg.md'],
    );
  });

  it('exits 2 for a missing path, says so on stderr, and still checks the other files', () => {
    const r = argmap(dir, 'check', '--format', 'json', 'clean.arg.md', 'missing.arg.md', 'empty.arg.md');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^argmap: cannot read 'missing\.arg\.md': it does not exist\n$/);
    const files = json(r.stdout);
    assert.deepEqual(
      files.map((f) => f.file),
      ['clean.arg.md', 'empty.arg.md'],
    );
    assert.equal(files[1].diagnostics[0].code, 'empty-node');
  });

  it('checks the **/*.arg.md of a folder, skipping node_modules and dot-folders', () => {
    const r = argmap(dir, 'check', '--format', 'json', 'docs');
    // The skipped files and notes.md hold errors: exit 0 shows that they were not checked.
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      json(r.stdout).map((f) => [f.file, f.diagnostics.map((d) => d.code)]),
      [
        ['docs/a.arg.md', []],
        ['docs/deep/b.arg.md', ['unsupported-claim']],
      ],
    );
  });

  it('expands a quoted glob under the working directory', () => {
    const r = argmap(dir, 'check', '--format', 'json', 'docs/**/*.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      json(r.stdout).map((f) => f.file),
      ['docs/a.arg.md', 'docs/deep/b.arg.md'],
    );
    const top = argmap(dir, 'check', '--format', 'json', '*.arg.md');
    assert.deepEqual(
      json(top.stdout).map((f) => f.file),
      ['clean.arg.md', 'empty.arg.md', 'several.arg.md', 'warn.arg.md'],
    );
    assert.equal(top.code, 1);
  });

  it('exits 2 for a glob that matches nothing', () => {
    const r = argmap(dir, 'check', 'clean.arg.md', 'nowhere/**/*.arg.md');
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "argmap: no files match 'nowhere/**/*.arg.md'\nno problems in 1 file\n");
  });

  it('keeps control characters of the file out of the terminal', () => {
    const ws = workspace({ 'esc.arg.md': 'Claim: \u001b]0;owned\u0007\u001b[2J wipe\n' });
    try {
      const r = argmap(ws.dir, 'check', 'esc.arg.md');
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^esc\.arg\.md:1:1: warning unsupported-claim: /);
      const controls = [...r.stdout].filter((c) => c < ' ' && c !== '\n');
      assert.deepEqual(controls, []);
    } finally {
      ws.cleanup();
    }
  });

  describe('usage errors', () => {
    for (const args of [[], ['lint', 'x'], ['check'], ['check', '--format', 'xml', 'clean.arg.md'], ['check', '--max-file-size', 'big', 'clean.arg.md'], ['check', '--nope', 'clean.arg.md']]) {
      it(`exits 2 with one line on stderr: argmap ${args.join(' ')}`, () => {
        const r = argmap(dir, ...args);
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
        assert.ok(assertOneLineError(r.stderr), r.stderr);
        assert.equal(r.stderr.split('\n').length, 2, r.stderr);
      });
    }
  });

  it('prints help and the version', () => {
    const help = argmap(dir, '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /argmap check \[--format text\|json\] .*PATHS/);
    assert.match(help.stdout, /argmap graph \[--format tree\|json\|mermaid\|dot\|svg\|aif\] FILE/);
    // What a label is (the spec's labels and aliases), and where the docs are.
    assert.match(help.stdout, /start with a label and a colon: Claim: \(or Thesis:, Reason:\), Evidence: \(Data:,\s+Source:\), Challenge: \(Objection:, Rebuttal:, Counter:\)/);
    assert.match(help.stdout, /^Docs: README\.md and docs\/cli\.md/m);
    for (const option of ['--workspace DIR', '--max-warnings N', '--severity CODE=LEVEL']) assert.ok(help.stdout.includes(option), option);
    assert.match(help.stdout, /argmap import \[--from argdown\|kialo\] FILE/);
    assert.match(argmap(dir, 'import', '--help').stdout, /^Usage: argmap import/);
    assert.match(argmap(dir, 'check', '-h').stdout, /^Usage: argmap check/);
    const version = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;
    assert.deepEqual(argmap(dir, '--version'), { code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('argmap check: references to other files (no project folder around, so the working directory is the workspace)', () => {
  let root = '';
  let ws = '';
  let cleanup = () => {};
  before(() => {
    ({ dir: root, cleanup } = workspace({
      'outside.arg.md': FACTS,
      'ws/main.arg.md': CROSS_FILE,
      'ws/facts.arg.md': FACTS,
      'ws/escape.arg.md': CROSS_FILE.replace('facts.arg.md', '../outside.arg.md'),
      'ws/gone.arg.md': CROSS_FILE.replace('facts.arg.md', 'nothing.arg.md'),
      'ws/binary.arg.md': CROSS_FILE.replace('facts.arg.md', 'picture.arg.md'),
      'ws/picture.arg.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x23, 0x68, 0x65, 0x61, 0x74]),
    }));
    ws = path.join(root, 'ws');
  });
  after(() => cleanup());

  it('resolves a reference to another file of the workspace', () => {
    const r = argmap(ws, 'check', '--format', 'json', 'main.arg.md');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(json(r.stdout), [{ file: 'main.arg.md', diagnostics: [] }]);
  });

  it('resolves a reference relative to the file that makes it', () => {
    writeFiles(ws, { 'sub/deeper.arg.md': CROSS_FILE.replace('facts.arg.md', '../facts.arg.md') });
    const r = argmap(ws, 'check', '--format', 'json', 'sub/deeper.arg.md');
    assert.deepEqual(json(r.stdout), [{ file: 'sub/deeper.arg.md', diagnostics: [] }]);
  });

  for (const [file, why] of [
    ['escape.arg.md', 'a file outside the working directory'],
    ['gone.arg.md', 'a missing file'],
    ['binary.arg.md', 'a binary file'],
  ]) {
    it(`reports a reference to ${why} as broken`, () => {
      const r = argmap(ws, 'check', '--format', 'json', file);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      const codes = json(r.stdout)[0].diagnostics.map((d) => d.code);
      assert.ok(codes.includes('broken-reference'), codes.join());
    });
  }
});

describe('argmap check: file size', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    // One byte over the default limit of 10,000,000, every line an empty claim (errors if analysed).
    const line = 'Claim:\n';
    const big = line.repeat(Math.ceil(10_000_001 / line.length)).slice(0, 10_000_001);
    ({ dir, cleanup } = workspace({ 'big.arg.md': big, 'small.arg.md': EMPTY_NODE }));
  });
  after(() => cleanup());

  const tooLarge = (r: { stdout: string }) => json(r.stdout)[0].diagnostics.map((d) => [d.code, d.severity, d.range.start]);

  it('reports a file over 10,000,000 bytes with file-too-large alone, at the top', () => {
    const r = argmap(dir, 'check', '--format', 'json', 'big.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(tooLarge(r), [['file-too-large', 'information', { line: 0, character: 0 }]]);
  });

  it('takes another limit from --max-file-size', () => {
    const r = argmap(dir, 'check', '--format', 'json', '--max-file-size', '20', 'small.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(tooLarge(r), [['file-too-large', 'information', { line: 0, character: 0 }]]);
    assert.equal(argmap(dir, 'check', '--max-file-size', String(EMPTY_NODE.length), 'small.arg.md').code, 1);
  });
});
