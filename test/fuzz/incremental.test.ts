// (c) Incremental equals full: after random edit sequences, re-parsing only what an edit
// touches gives the analysis a fresh parse gives, node for node and diagnostic for diagnostic:
// with the edits given (as LSP sends them), without them (parse diffs the texts), with two
// edits in one change, and along chains where only some versions are ever analysed.
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anyText, argDoc, edit } from './generators';
import { replay, type Session } from './oracles';
import { check, runs } from './config';

const session: fc.Arbitrary<Session> = fc.record({
  doc: fc.oneof({ weight: 4, arbitrary: argDoc }, { weight: 1, arbitrary: anyText }),
  edits: fc.array(edit, { minLength: 1, maxLength: 10 }),
  modes: fc.array(fc.constantFrom<'edit' | 'diff' | 'pair'>('edit', 'edit', 'edit', 'diff', 'pair'), { minLength: 10, maxLength: 10 }),
  analysed: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
  chunking: fc.constantFrom({ min: 0, max: 0 }, { min: 0, max: 0 }, { min: 16, max: 64 }, { min: 64, max: 256 }, { min: 16, max: 64, alone: 24 }, { min: 1024, max: 16384, alone: 4096 }),
});

describe('fuzz: incremental parsing equals a full parse', () => {
  it(`for random documents and edit sequences (${runs(700)} sessions)`, () => {
    check('incremental sessions', session, replay, 700);
  });
});
