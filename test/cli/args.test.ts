// Reading the command line: commands, formats, options and the mistakes that are usage errors.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, UsageError } from '../../server/src/cli/args';

/** The spec's `argmap.maxFileSize` default. */
const DEFAULT_MAX_FILE_SIZE = 10_000_000;

describe('parseArgs', () => {
  it('reads check with its default format and paths in order', () => {
    assert.deepEqual(parseArgs(['check', 'b.arg.md', 'docs', 'x/**/*.arg.md']), {
      command: 'check',
      format: 'text',
      paths: ['b.arg.md', 'docs', 'x/**/*.arg.md'],
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
    });
  });

  it('takes --format and --max-file-size as two words or with =, before or after the command', () => {
    assert.deepEqual(parseArgs(['--format', 'json', 'check', 'a', '--max-file-size=12']), {
      command: 'check',
      format: 'json',
      paths: ['a'],
      maxFileSize: 12,
    });
    assert.deepEqual(parseArgs(['graph', '--format=mermaid', 'a.arg.md']), {
      command: 'graph',
      format: 'mermaid',
      file: 'a.arg.md',
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
    });
  });

  it('defaults graph to the tree and accepts every graph format', () => {
    assert.deepEqual(parseArgs(['graph', 'a']), { command: 'graph', format: 'tree', file: 'a', maxFileSize: DEFAULT_MAX_FILE_SIZE });
    for (const format of ['tree', 'json', 'mermaid', 'dot']) {
      assert.deepEqual(parseArgs(['graph', '--format', format, 'a']), { command: 'graph', format, file: 'a', maxFileSize: DEFAULT_MAX_FILE_SIZE });
    }
  });

  it('treats everything after -- as paths', () => {
    assert.deepEqual(parseArgs(['check', '--', '--help', '-x']), {
      command: 'check',
      format: 'text',
      paths: ['--help', '-x'],
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
    });
  });

  it('answers --help and --version before anything else', () => {
    assert.deepEqual(parseArgs(['--help']), { command: 'help', topic: undefined });
    assert.deepEqual(parseArgs(['check', '-h']), { command: 'help', topic: 'check' });
    assert.deepEqual(parseArgs(['graph', '--format', 'nonsense', '--help']), { command: 'help', topic: 'graph' });
    assert.deepEqual(parseArgs(['--version']), { command: 'version' });
  });

  it('reads --workspace, --max-warnings and repeated --severity, present only when given', () => {
    assert.deepEqual(
      parseArgs(['check', '--workspace', '..', '--max-warnings=0', '--severity', 'empty-node=hint', '--severity=unsupported-claim=Error', 'a']),
      {
        command: 'check',
        format: 'text',
        paths: ['a'],
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        workspace: '..',
        maxWarnings: 0,
        severity: { 'empty-node': 'hint', 'unsupported-claim': 'error' },
      },
    );
    assert.deepEqual(parseArgs(['graph', '--workspace=w', 'a']), { command: 'graph', format: 'tree', file: 'a', maxFileSize: DEFAULT_MAX_FILE_SIZE, workspace: 'w' });
  });

  for (const [argv, why] of [
    [[], /missing command/],
    [['lint', 'a'], /unknown command 'lint'/],
    [['check'], /at least one/],
    [['check', '--format', 'tree', 'a'], /unknown format 'tree'/],
    [['graph', '--format', 'text', 'a'], /unknown format 'text'/],
    [['graph'], /exactly one file \(got 0\)/],
    [['graph', 'a', 'b'], /exactly one file \(got 2\)/],
    [['check', '--verbose', 'a'], /unknown option '--verbose'/],
    [['check', 'a', '--format'], /'--format' needs a value/],
    [['check', '--max-file-size', '-1', 'a'], /whole number/],
    [['check', '--max-file-size=1e3', 'a'], /whole number/],
    [['check', '--max-warnings', '-1', 'a'], /--max-warnings needs a whole number/],
    [['check', '--severity', 'empty-node:error', 'a'], /--severity needs code=level/],
    [['check', '--severity', 'empty-node=off', 'a'], /unknown level 'off'/],
    [['check', '--workspace=', 'a'], /--workspace needs a folder/],
    [['graph', '--severity', 'empty-node=error', 'a'], /--severity applies to check, not graph/],
  ] as const) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof UsageError && why.test(e.message));
    });
  }
});
