// Code lens as editing.md's "Code lens" says: on claims and challenges with a child or an
// incoming link, `2 evidence · 1 reason · 1 open challenge · 3 figures · referenced 2×` in
// that order, zeros left out, singular and plural; clicking shows the links.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeLenses, SHOW_REFERENCES_COMMAND } from '../../server/src/features/codeLens';
import { joinLines } from './text';
import { range, uri, workspaceOf } from './workspace';

describe('code lens', () => {
  it('counts evidence, reasons, open challenges, figures and links, in the spec’s words and order', async () => {
    const a = joinLines(
      'Claim: Revenue rose 12% and 300 jobs came {#main}$$CURSOR$$',
      '',
      '- Evidence: The report.[^1]',
      '- Evidence: The survey.[^1]',
      '- Claim: Jobs grew.',
      '- Objection: Not all jobs.',
      '- Objection: Temporary.',
      '  - Rebuttal: They stayed.',
      '',
      'See [main](#main).',
      '',
      '[^1]: Source.',
    );
    const b = joinLines('Claim: Elsewhere', '', '- Claim: [main](a.arg.md#main)');
    const { workspace, file } = workspaceOf({ 'a.arg.md': a, 'b.arg.md': b });
    const lenses = await codeLenses(workspace, file);
    assert.deepEqual(lenses[0], {
      range: range(0, 0, 0, 49),
      command: {
        title: '2 evidence · 1 reason · 1 open challenge · 2 figures · referenced 2×',
        command: SHOW_REFERENCES_COMMAND,
        arguments: [
          uri('a.arg.md'),
          { line: 0, character: 0 },
          [
            { uri: uri('a.arg.md'), range: range(9, 11, 9, 16) },
            { uri: uri('b.arg.md'), range: range(2, 16, 2, 29) },
          ],
        ],
      },
    });
    // The objection with a rebuttal is attacked by that rebuttal, which nothing answers; nothing else has a child or a link.
    assert.deepEqual(
      lenses.slice(1).map((l) => [l.range.start.line, l.command?.title]),
      [[6, '1 open challenge']],
    );
  });

  it('leaves out nodes with no child and no link, evidence, and a node whose every count is zero', async () => {
    const { workspace, file } = workspaceOf({ 'a.arg.md': joinLines('Claim: Alone$$CURSOR$$', '', 'Evidence: Loose.') });
    assert.deepEqual(await codeLenses(workspace, file), []);
    // The claim's only child is an answered challenge; the rebuttal has no child.
    const answered = joinLines('Claim: A$$CURSOR$$', '', '- Objection: B', '  - Rebuttal: C');
    const w = workspaceOf({ 'a.arg.md': answered });
    assert.deepEqual((await codeLenses(w.workspace, w.file)).map((l) => [l.range.start.line, l.command?.title]), [[2, '1 open challenge']]);
  });

  it('says `1 evidence`, `1 figure`, `referenced 1×` in the singular', async () => {
    const { workspace, file } = workspaceOf({ 'a.arg.md': joinLines('Claim: 5% {#x}$$CURSOR$$', '', '- Evidence: E.', '', '[x](#x)') });
    assert.equal((await codeLenses(workspace, file))[0].command?.title, '1 evidence · 1 figure · referenced 1×');
  });
});
