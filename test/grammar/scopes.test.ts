// What the injection colours, asserted directly (the snapshots show everything else).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contributedGrammars, textsWithScope, tokenize } from './textmate';

const KIND_SCOPES = {
  claim: 'keyword.control.argmap.claim',
  evidence: 'markup.inserted.argmap.evidence',
  challenge: 'markup.deleted.argmap.challenge',
} as const;

const LABELS: Record<keyof typeof KIND_SCOPES, string[]> = {
  claim: ['Claim', 'Thesis', 'Reason'],
  evidence: ['Evidence', 'Data', 'Source'],
  challenge: ['Challenge', 'Objection', 'Rebuttal', 'Counter'],
};

describe('grammar contribution', () => {
  it('injects one grammar into Markdown', () => {
    const grammars = contributedGrammars();
    assert.equal(grammars.length, 1);
    assert.deepEqual(grammars[0].injectTo, ['text.html.markdown']);
    assert.equal(grammars[0].path, './syntaxes/argmap.injection.tmLanguage.json');
  });
});

describe('labels', () => {
  for (const [kind, labels] of Object.entries(LABELS) as [keyof typeof KIND_SCOPES, string[]][]) {
    for (const label of labels) {
      it(`colours ${label} as ${kind} in every form and place`, async () => {
        const forms = [`${label}:`, `**${label}:**`, `**${label}**:`, `${label.toLowerCase()}:`, `${label.toUpperCase()}:`];
        const places = ['', '# ', '### ', '- ', '1. ', '  * ', '> ', '> - '];
        const lines = places.flatMap((p) => forms.map((f) => `${p}${f} some text`));
        const tokens = await tokenize(lines.join('\n\n'));
        const expected = places.flatMap(() => forms.map((f) => f.replace(/[*:]/g, '')));
        assert.deepEqual(textsWithScope(tokens, KIND_SCOPES[kind]), expected);
      });
    }
  }

  it('keeps a bold label bold', async () => {
    const tokens = await tokenize('**Claim:** x\n\n**Evidence**: y');
    assert.deepEqual(textsWithScope(tokens, 'markup.bold'), ['**', 'Claim', ':', '**', '**', 'Evidence', '**']);
  });

  it('colours only a label that starts a block', async () => {
    const text = [
      'the claim: mid-sentence',
      'Claims: plural',
      'Claim : space before the colon',
      'Evidence - no colon',
      '| Claim: in a table |',
      'See [^1]: Claim: after a footnote marker',
    ].join('\n\n');
    assert.deepEqual(textsWithScope(await tokenize(text), 'meta.label.argmap'), []);
  });

  it('leaves code, HTML, comments and front matter alone', async () => {
    const text = [
      '---',
      'claim: a YAML key',
      '---',
      '',
      '```',
      'Claim: fenced',
      '```',
      '',
      '```markdown',
      'Claim: fenced Markdown',
      '- Evidence: [x](#y)[^1] {#z}',
      '```',
      '',
      '    Claim: indented code',
      '',
      'Evidence: `Claim: inline code` [^ok]',
      '',
      '<!--',
      'Claim: in a comment',
      '-->',
      '',
      '<div>',
      'Claim: in an HTML block',
      '</div>',
    ].join('\n');
    const tokens = await tokenize(text);
    assert.deepEqual(textsWithScope(tokens, 'meta.label.argmap'), ['Evidence', ':']);
    assert.deepEqual(textsWithScope(tokens, 'meta.footnote.reference.argmap'), ['[^', 'ok', ']']);
    assert.deepEqual(textsWithScope(tokens, 'meta.link.inline.id.argmap'), []);
    assert.deepEqual(textsWithScope(tokens, 'meta.attribute.id.argmap'), []);
  });
});

describe('ids, references and footnotes', () => {
  it('colours a trailing {#id} in headings, paragraphs and list items, not elsewhere', async () => {
    const text = ['## Claim: a {#h-1}', 'Claim: b {#p_2}  ', '- Evidence: c {#li.3}', 'Claim: {#mid} d'].join('\n\n');
    assert.deepEqual(textsWithScope(await tokenize(text), 'variable.other.id.argmap'), ['h-1', 'p_2', 'li.3']);
  });

  it('marks links to ids, local or in another file, but not URLs', async () => {
    const text = [
      '- Evidence: [figures](#qianhai)',
      '- Counter: [x](other.arg.md#objection) and [y](../a/b.arg.md#c-2)',
      'Prose: [a web page](https://example.com/a.md#b), [a file](notes.md), [top](#top)',
    ].join('\n');
    assert.deepEqual(textsWithScope(await tokenize(text), 'markup.underline.link.id.argmap'), [
      '#qianhai',
      'other.arg.md#objection',
      '../a/b.arg.md#c-2',
      '#top',
    ]);
  });

  it('marks footnote markers and definitions, not escaped brackets', async () => {
    const text = 'Evidence: a[^1] b[^note-2].\n\n[^1]: text\n\nNot \\[^3] this.';
    assert.deepEqual(textsWithScope(await tokenize(text), 'constant.other.reference.footnote.argmap'), ['1', 'note-2', '1']);
  });
});
