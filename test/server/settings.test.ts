import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import { normalizeSettings, Settings } from '../../server/src/settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing or junk', () => {
    for (const raw of [undefined, null, 'x', 42, [], { files: 'x', maxFileSize: -1, diagnostics: { delay: 'soon', scope: 'everywhere' } }]) {
      assert.deepEqual(normalizeSettings(raw), DEFAULT_SETTINGS, JSON.stringify(raw));
    }
  });

  it('reads every field of the section as VS Code sends it', () => {
    assert.deepEqual(
      normalizeSettings({
        files: ['./docs/**/*.md', ' '],
        severity: { 'unsupported-claim': 'ignore', 'empty-node': 'Hint', 'orphan-evidence': 'info', 'not-a-code': 'error', 'duplicate-id': 'loud' },
        diagnostics: { delay: 0, scope: 'workspace' },
        maxFileSize: 1000,
        codeLens: { enabled: false },
        ids: { style: 'html' },
        maxBlockSize: 500,
      }),
      {
        files: ['docs/**/*.md'],
        severity: { 'unsupported-claim': 'ignore', 'empty-node': 'hint', 'orphan-evidence': 'information' },
        diagnostics: { delay: 0, scope: 'workspace' },
        maxFileSize: 1000,
        codeLens: { enabled: false },
        ids: { style: 'html' },
        maxBlockSize: 500,
      },
    );
  });

  it('accepts dotted keys from clients that do not expand them', () => {
    assert.deepEqual(normalizeSettings({ 'severity.uncited-evidence': 'error', 'diagnostics.delay': 50, 'codeLens.enabled': false }), {
      ...DEFAULT_SETTINGS,
      severity: { 'uncited-evidence': 'error' },
      diagnostics: { delay: 50, scope: 'open' },
      codeLens: { enabled: false },
    });
    assert.deepEqual(normalizeSettings({ 'diagnostics.scope': 'workspace' }).diagnostics, { delay: 200, scope: 'workspace' });
  });
});

describe('Settings', () => {
  it('pulls when it can, else reads the pushed section, else keeps what it has', async () => {
    let pulled: unknown = { diagnostics: { delay: 1 } };
    const pulling = new Settings({ pull: () => Promise.resolve(pulled) });
    assert.equal((await pulling.refresh({ argmap: { diagnostics: { delay: 9 } } })).diagnostics.delay, 1);
    pulled = undefined;
    assert.deepEqual(await pulling.refresh(), DEFAULT_SETTINGS);

    const pushed = new Settings({ pull: () => undefined });
    assert.equal((await pushed.refresh({ argmap: { maxFileSize: 5 } })).maxFileSize, 5);
    assert.equal((await pushed.refresh(null)).maxFileSize, 5);
  });
});
