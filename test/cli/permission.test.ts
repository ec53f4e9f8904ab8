// Exit 2 on a path that cannot be read for lack of permission (the spec's CLI exit codes).
// chmod 000 denies nothing to root, and tests run as root here and in CI, so as root the CLI
// runs as the unprivileged user 65534 through `setpriv` (util-linux), on copies of the CLI and
// its fixtures that user may read; not as root, plain chmod 000 denies. If neither can deny,
// the test fails and says why: it never passes without having seen EACCES.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertOneLineError, CLI, type CheckJson, type Run } from './helpers';
import { CLEAN } from './fixtures';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/** How this machine can make a read fail with EACCES, or why it cannot. */
function denial(): { run: (cwd: string, args: string[]) => Run } | { cannot: string } {
  const direct = (cwd: string, args: string[], prefix: string[] = []): Run => {
    const command = prefix.length ? prefix[0] : process.execPath;
    const argv = prefix.length ? [...prefix.slice(1), process.execPath, ...args] : args;
    const r = spawnSync(command, argv, { cwd, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr + (r.error ? String(r.error) : '') };
  };
  if (process.platform === 'win32') return { cannot: 'chmod 000 does not deny reads on Windows; run this test on Linux or macOS' };
  if (!isRoot) return { run: (cwd, args) => direct(cwd, args) };
  const probe = spawnSync('setpriv', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    return { cannot: 'running as root, where chmod 000 denies nothing, and `setpriv` (util-linux) is not available to drop to an unprivileged user' };
  }
  const prefix = ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'];
  return { run: (cwd, args) => direct(cwd, args, prefix) };
}

describe('argmap on a permission-denied path', () => {
  let dir = '';
  const how = denial();
  before(() => {
    // A folder the unprivileged user can enter and read, holding the CLI and two files.
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-eacces-')));
    fs.chmodSync(dir, 0o755);
    fs.copyFileSync(CLI, path.join(dir, 'cli.js'));
    fs.chmodSync(path.join(dir, 'cli.js'), 0o644);
    fs.writeFileSync(path.join(dir, 'clean.arg.md'), CLEAN, { mode: 0o644 });
    fs.writeFileSync(path.join(dir, 'secret.arg.md'), CLEAN);
    fs.chmodSync(path.join(dir, 'secret.arg.md'), 0o000);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]): Run => {
    if ('cannot' in how) assert.fail(`cannot test exit 2 on a permission-denied path: ${how.cannot}`);
    return how.run(dir, ['cli.js', ...args]);
  };

  it('check: exit 2, one clear line naming the file and the reason, the other file still checked', () => {
    const r = run('check', '--format', 'json', 'clean.arg.md', 'secret.arg.md');
    assert.equal(r.code, 2, `exit code (stderr: ${r.stderr})`);
    assert.equal(r.stderr, "argmap: cannot read 'secret.arg.md': it cannot be read (permission denied)\n");
    assert.ok(assertOneLineError(r.stderr));
    // CLEAN holds a cited claim: no diagnostics, and it was read and checked.
    assert.deepEqual(JSON.parse(r.stdout) as CheckJson[], [{ file: 'clean.arg.md', diagnostics: [] }]);
  });

  it('check of the unreadable file alone: exit 2, not 0 for "no problems"', () => {
    const r = run('check', 'secret.arg.md');
    assert.equal(r.code, 2, `exit code (stderr: ${r.stderr})`);
    assert.match(r.stderr, /^argmap: cannot read 'secret\.arg\.md': it cannot be read \(permission denied\)$/m);
    assert.equal(r.stdout, '');
  });

  it('graph: exit 2 and the same clear line', () => {
    const r = run('graph', 'secret.arg.md');
    assert.equal(r.code, 2, `exit code (stderr: ${r.stderr})`);
    assert.equal(r.stderr, "argmap: cannot read 'secret.arg.md': it cannot be read (permission denied)\n");
    assert.equal(r.stdout, '');
  });
});
