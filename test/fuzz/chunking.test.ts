// (d) Chunked parsing equals whole-document parsing: the model cuts a document into pieces
// that remark parses apart and claims the cuts change nothing. The reference is the model's
// own analysis of the text parsed in one piece, so any difference is the chunking's; whether
// either meets the contract is test/oracle/'s question.
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anyText, argDoc } from './generators';
import { sameAsWhole } from './oracles';
import { check, runs } from './config';

/** Chunk sizes: a cut at every safe line, small groups, and the editor's defaults. */
const sizes = fc.constantFrom({ min: 0, max: 0 }, { min: 0, max: 0 }, { min: 16, max: 64 }, { min: 64, max: 256 }, { min: 16, max: 64, alone: 24 }, { min: 1024, max: 16384, alone: 4096 });

describe('fuzz: chunked parsing equals a whole-document parse', () => {
  it(`for argument-shaped Markdown (${runs(800)} cases)`, () => {
    check('chunked = whole (argument documents)', fc.tuple(argDoc, sizes), ([text, c]) => sameAsWhole(text, c), 800);
  });

  it(`for any text (${runs(700)} cases)`, () => {
    check('chunked = whole (any text)', fc.tuple(anyText, sizes), ([text, c]) => sameAsWhole(text, c), 700);
  });
});
