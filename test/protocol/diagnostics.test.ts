import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { FIXTURES, fixture, TestClient, uriOf } from './client';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function d(sl: number, sc: number, el: number, ec: number, code: string, severity: keyof typeof SEVERITY, message: string): Diagnostic {
  return {
    range: { start: { line: sl, character: sc }, end: { line: el, character: ec } },
    severity: SEVERITY[severity],
    code,
    source: 'argmap',
    message,
  };
}

const UNCITED = 'Evidence cites no source: add a footnote or a link to where it comes from.';
const BASIC: Diagnostic[] = [
  d(3, 2, 3, 26, 'uncited-evidence', 'warning', UNCITED),
  d(4, 2, 4, 59, 'unanswered-challenge', 'information', 'Objection is unanswered: no rebuttal attacks it yet.'),
  d(13, 0, 13, 33, 'orphan-evidence', 'warning', 'Evidence supports nothing: put it under a claim or a challenge.'),
  d(13, 0, 13, 33, 'uncited-evidence', 'warning', UNCITED),
  d(13, 23, 13, 33, 'undefined-footnote', 'error', 'The footnote [^nowhere] has no definition.'),
  d(15, 0, 15, 32, 'unsupported-claim', 'warning', 'Claim is not supported: no cited evidence or supported claim stands under it.'),
  d(15, 18, 15, 21, 'unsourced-figure', 'information', 'The figure “35%” is not stated by any cited evidence that supports this claim.'),
  d(17, 55, 17, 74, 'broken-reference', 'error', 'No node or heading with the id `missing` in this file.'),
];

describe('diagnostics', () => {
  let client: TestClient;
  const basic = fixture('basic.arg.md');
  const uri = uriOf(path.join(FIXTURES, 'basic.arg.md'));

  before(async () => {
    client = await TestClient.start({ root: FIXTURES, settings: { diagnostics: { delay: 0 } } });
  });
  after(() => client.stop());

  it('publishes every code with its default severity, source and the version', async () => {
    await client.open(uri, basic, 1);
    assert.deepEqual(await client.diagnosticsFor(uri, 1), { uri, version: 1, diagnostics: BASIC });
  });

  it('publishes each edit with its version, ranges moved by incremental changes', async () => {
    // Insert a line at the top: every range moves down by one.
    await client.edit(uri, 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Intro.\n\n');
    const moved = BASIC.map((x) => ({
      ...x,
      range: { start: { ...x.range.start, line: x.range.start.line + 2 }, end: { ...x.range.end, line: x.range.end.line + 2 } },
    }));
    assert.deepEqual(await client.diagnosticsFor(uri, 2), { uri, version: 2, diagnostics: moved });
    // Two changes in one notification, each against the text the previous one left:
    // delete the intro again, then cite the rents.
    await client.change(uri, 3, [
      { range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }, text: '' },
      { range: { start: { line: 3, character: 26 }, end: { line: 3, character: 26 } }, text: ' [^report]' },
    ]);
    assert.deepEqual(await client.diagnosticsFor(uri, 3), { uri, version: 3, diagnostics: BASIC.slice(1) });
  });

  it('applies severity settings, `ignore` dropping a code, on didChangeConfiguration', async () => {
    client.skipPublished();
    await client.configure({ diagnostics: { delay: 0 }, severity: { 'uncited-evidence': 'ignore', 'broken-reference': 'hint' } });
    const published = await client.diagnostics(uri, (p) => !p.diagnostics.some((x) => x.code === 'uncited-evidence'));
    assert.deepEqual(published, {
      uri,
      version: 3,
      diagnostics: BASIC.slice(1)
        .filter((x) => x.code !== 'uncited-evidence')
        .map((x) => (x.code === 'broken-reference' ? { ...x, severity: DiagnosticSeverity.Hint } : x)),
    });
    await client.configure({ diagnostics: { delay: 0 } });
    assert.deepEqual(await client.diagnostics(uri, (p) => p.diagnostics.some((x) => x.code === 'uncited-evidence')), {
      uri,
      version: 3,
      diagnostics: BASIC.slice(1),
    });
  });

  it('clears the diagnostics of a closed document', async () => {
    await client.close(uri);
    assert.deepEqual(await client.diagnostics(uri), { uri, diagnostics: [] });
  });

  it('reports only file-too-large over argmap.maxFileSize', async () => {
    await client.configure({ diagnostics: { delay: 0 }, maxFileSize: 100 });
    await client.open(uri, basic, 7);
    assert.deepEqual(await client.diagnosticsFor(uri, 7), {
      uri,
      version: 7,
      diagnostics: [d(0, 0, 0, 0, 'file-too-large', 'information', 'The file is larger than argmap.maxFileSize (100 bytes), so it was not analysed.')],
    });
    await client.configure({ diagnostics: { delay: 0 } });
    assert.deepEqual(await client.diagnostics(uri, (p) => p.diagnostics.length > 1), { uri, version: 7, diagnostics: BASIC });
    await client.close(uri);
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
  });

  it('waits argmap.diagnostics.delay after a keystroke and publishes only the last version', async () => {
    await client.configure({ diagnostics: { delay: 300 } });
    await client.open(uri, basic, 1);
    await client.diagnosticsFor(uri, 1);
    const at = { start: { line: 15, character: 32 }, end: { line: 15, character: 32 } };
    const mark = client.publishes.length;
    await client.edit(uri, 2, at, ' A');
    await client.edit(uri, 3, { start: at.start, end: { line: 15, character: 34 } }, ' Again');
    const lastKeystroke = performance.now();
    await client.edit(uri, 4, { start: at.start, end: { line: 15, character: 38 } }, '');
    assert.deepEqual(await client.diagnosticsFor(uri, 4), { uri, version: 4, diagnostics: BASIC });
    // A lower bound only (a slow machine can never make it fail): the server reads the edit after
    // we sent it, then waits the whole delay, so the publish cannot come sooner than 300 ms.
    const waited = performance.now() - lastKeystroke;
    assert.ok(waited >= 295, `published ${waited.toFixed(0)} ms after the last keystroke, within the 300 ms delay`);
    assert.deepEqual(
      client.publishes.slice(mark).filter((p) => p.version === 2 || p.version === 3),
      [],
      'versions 2 and 3 were replaced within the delay',
    );
    await client.close(uri);
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.configure({ diagnostics: { delay: 0 } });
  });

  it('analyses Markdown that argmap.files selects, and clears it when the setting no longer does', async () => {
    const plan = uriOf(path.join(FIXTURES, 'docs', 'plan.md'));
    await client.configure({ diagnostics: { delay: 0 }, files: ['**/*.arg.md', './docs/**/*.md'] });
    await client.open(plan, basic, 1);
    assert.deepEqual(await client.diagnosticsFor(plan, 1), { uri: plan, version: 1, diagnostics: BASIC });
    await client.configure({ diagnostics: { delay: 0 } });
    assert.deepEqual(await client.diagnostics(plan), { uri: plan, diagnostics: [] });
    assert.equal(await client.graph(plan), null);
    await client.close(plan);
  });

  it('leaves Markdown that is no argument file alone', async () => {
    const readme = uriOf(path.join(FIXTURES, 'README.md'));
    const other = uriOf(path.join(FIXTURES, 'notes.md'));
    const mark = client.publishes.length;
    await client.open(readme, '# Readme\n\nClaim: not an argument file.\n', 1);
    await client.open(other, 'Evidence: nor this.\n', 1, 'plaintext');
    await client.open('git:/repo/x.arg.md?ref', 'Claim: a diff view.\n', 1);
    // Requests are answered in order: once these come back the opens were handled.
    assert.equal(await client.symbols(readme), null);
    assert.equal(await client.graph(other), null);
    await client.open(uri, basic, 1);
    await client.diagnosticsFor(uri, 1);
    assert.deepEqual(
      client.publishes.slice(mark).filter((p) => p.uri !== uri),
      [],
    );
    for (const u of [readme, other, 'git:/repo/x.arg.md?ref', uri]) await client.close(u);
  });
});
