// The model's facts for writing into a file (server/src/model/writing/): code blocks found by
// a line scan, labels as written and would-be labels, the file's style. Expectations by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeSpans, wouldBeLabel, writingStyle, writtenLabel, TextLines } from '../../server/src/model';
import { analyzeLines, joinLines } from './helpers';

describe('codeSpans', () => {
  it('finds fences (closed, unclosed, in lists and quotes), raw HTML blocks and front matter', () => {
    const text = joinLines(
      '---', // 0
      'title: x', // 1
      '---', // 2
      'Claim: A.', // 3
      '- ```js', // 4
      '  code', // 5
      '  ```', // 6
      '> ~~~~', // 7
      '> ~~~', // 8: too short to close
      '> ~~~~', // 9
      '<!-- note', // 10
      'Claim: hidden -->', // 11
      '``` inline ``` is no fence', // 12
      '````', // 13: unclosed, to the end
      'Claim: B.', // 14
    );
    assert.deepEqual(codeSpans(text), [[0, 2], [4, 6], [7, 9], [10, 11], [13, 14]]);
  });

  it('finds none in plain prose, and handles CRLF', () => {
    assert.deepEqual(codeSpans('Claim: A.\r\n\r\n```\r\nx\r\n```\r\nB'), [[2, 4]]);
    assert.deepEqual(codeSpans('Claim: A. <b>bold</b>'), []);
  });
});

describe('labels as written', () => {
  it('reads a written label and the spaces after it', () => {
    assert.deepEqual(writtenLabel('- **Claim:**  x', 2), { word: 'Claim', bold: true, end: 14 });
    assert.deepEqual(writtenLabel('__Data__: x', 0), { word: 'Data', bold: true, end: 10 });
    assert.deepEqual(writtenLabel('Objection: x', 0), { word: 'Objection', bold: false, end: 11 });
    assert.equal(writtenLabel('Claims: x', 0), undefined);
  });

  it('reads what a would-be label would be', () => {
    assert.deepEqual(wouldBeLabel('Claim : x', 0), { label: 'Claim', end: 8 });
    assert.deepEqual(wouldBeLabel('- Sources: x', 2), { label: 'Source', end: 11 });
    assert.deepEqual(wouldBeLabel('_Rebuttal_: x', 0), { label: 'Rebuttal', end: 12 });
    assert.deepEqual(wouldBeLabel('**counter:**x', 0), { label: 'Counter', end: 12 });
    // The emphasis after the colon is the text's, not the label's.
    assert.deepEqual(wouldBeLabel('Claims: *really* x', 0), { label: 'Claim', end: 8 });
    assert.equal(wouldBeLabel('Classes: x', 0), undefined);
  });
});

describe('writingStyle', () => {
  it('bold when more than half the labels are, the most used bullet, the line ending', () => {
    assert.deepEqual(writingStyle(analyzeLines(['**Claim:** A.', '* **Evidence**: b', '* Challenge: c']), joinLines('**Claim:** A.', '* **Evidence**: b', '* Challenge: c')), {
      bold: true,
      bullet: '*',
      eol: '\n',
    });
    const half = joinLines('**Claim:** A.', '', 'Claim: B.');
    assert.equal(writingStyle(analyzeLines(half.split('\n')), half).bold, false);
  });

  it('counts lines and positions as LSP does', () => {
    const lines = new TextLines('a\r\nbc\rd\n');
    assert.deepEqual([lines.count, lines.line(1), lines.line(2), lines.eol], [4, 'bc', 'd', '\r\n']);
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 1 });
    assert.equal(lines.offset({ line: 2, character: 9 }), 7);
  });
});
