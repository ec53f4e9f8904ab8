// The publisher's rule "never the same list twice for one version" (publisher.ts): a
// re-analysis of the same version (a referenced file changed on disk, say) sends its list
// only when it differs, compared by content since its diagnostics are new objects.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { toLspDiagnostics } from '../../server/src/features/diagnostics';
import { Publisher } from '../../server/src/documents/publisher';
import type { Entry } from '../../server/src/documents/store';
import type { Analysis } from '../../server/src/model';
import { analysisOf, joinLines } from '../features/text';

const URI = 'file:///w/main.arg.md';
/** A claim whose reason cites a section of another file: a broken reference while that file is missing. */
const TEXT = joinLines('Claim: Parks cool cities.', '', '- Reason: [shade](other.arg.md#shade)', '');
const OTHER = joinLines('# Claim: Trees give shade {#shade}', '');

function harness() {
  const sent: { version?: number; diagnostics: Diagnostic[] }[] = [];
  const entry = { uri: URI, argument: true, generation: 1, document: { version: 1 } } as unknown as Entry;
  let current: Analysis | undefined;
  const publisher = new Publisher({
    log: { error: (m) => assert.fail(m), warn: () => undefined, info: () => undefined },
    analysis: () => Promise.resolve(current),
    entry: () => entry,
    diagnostics: (_uri, analysis) => toLspDiagnostics(analysis),
    send: (p) => sent.push(p),
  });
  /** A new analysis of the document (a new generation), published. */
  const analyse = async (analysis: Analysis, version = 1) => {
    entry.generation++;
    (entry.document as { version: number }).version = version;
    entry.result = { generation: entry.generation, analysis, dependencies: new Set() };
    current = analysis;
    await publisher.validate(URI);
  };
  return { sent, analyse };
}

const codes = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.map((d) => d.code);

describe('Publisher: a re-analysis of one version', () => {
  it('sends nothing when its diagnostics say the same, and the new list when they differ', async () => {
    const { sent, analyse } = harness();
    await analyse(analysisOf(TEXT, 'main.arg.md'));
    assert.deepEqual(sent.map((p) => codes(p).sort()), [['broken-reference', 'unsupported-claim']]);
    // The same text analysed again: new objects, the same diagnostics.
    await analyse(analysisOf(TEXT, 'main.arg.md'));
    assert.equal(sent.length, 1);
    // The referenced file appeared: the reference resolves (its claim has no evidence: ours stays unsupported).
    await analyse(analysisOf(TEXT, 'main.arg.md', { 'other.arg.md': OTHER }));
    assert.equal(sent.length, 2);
    assert.deepEqual(codes(sent[1]), ['unsupported-claim']);
    // A new version is always sent, even with the same list.
    await analyse(analysisOf(TEXT, 'main.arg.md', { 'other.arg.md': OTHER }), 2);
    assert.deepEqual(sent.map((p) => p.version), [1, 1, 2]);
  });
});
