// (a) Any text never throws, and every range of its analysis stays inside the document.
// (b) Argument-shaped Markdown keeps the model's invariants: a well-formed tree and edge set,
// deterministic analysis, statuses consistent with its own edges and citations, diagnostics
// consistent with its own statuses, and no node from code, HTML, tables, front matter or
// definitions. (The contract itself is checked against an oracle in test/oracle/.)
import { describe, it } from 'node:test';
import { analyzeText } from '../../server/src/model';
import { anyText, argDoc, longLineText } from './generators';
import { checkAll } from './invariants';
import { invariantsHold, options } from './oracles';
import { check, runs } from './config';

describe('fuzz: any text', () => {
  it(`never throws; ranges inside the document; the structural invariants hold (${runs(10000)} cases)`, () => {
    check('any text', anyText, (text) => checkAll(text, analyzeText(text, options)), 10000);
  });

  it(`the same with a line of 1,000 to 10,000 characters in each (${runs(600)} cases)`, () => {
    check('long lines', longLineText, (text) => checkAll(text, analyzeText(text, options)), 600);
  });
});

describe('fuzz: argument-shaped Markdown', () => {
  it(`keeps every invariant, deterministically, with no node from code, HTML or tables (${runs(1000)} cases)`, () => {
    check('argument documents', argDoc, invariantsHold, 1000);
  });
});
