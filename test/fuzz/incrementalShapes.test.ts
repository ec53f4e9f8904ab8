// (c) on issue 12's shapes: the incremental analysis (a keystroke re-parses only the chunks it
// touches; everything kept beside a chunk's parse is reused) equals a fresh analysis of the
// same text, exactly, after random edit sequences on the bench's generated shapes: reference
// chains with figures and footnotes right after each use, lists 20 levels deep, long
// paragraphs, footnote-heavy files, and the standard argument file.
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateArgumentMarkdown, generateFootnoteHeavy, SHAPES } from '../../bench/generate';
import { edit } from './generators';
import { replay, type Session } from './oracles';
import { check, runs } from './config';

const shape = (name: string) => SHAPES.find((s) => s.name === name)!.make;

/** The shapes, a few KB each (small chunks below make edits cross chunk cuts anyway). */
const shapes: Record<string, (seed: number) => string> = {
  chains: (seed) => shape('chains')(4000, seed),
  nested: (seed) => shape('nested')(4000, seed),
  paragraphs: (seed) => shape('paragraphs')(12_000, seed),
  footnotes: (seed) => generateFootnoteHeavy(12, seed, 'near'),
  'footnotes at the end': (seed) => generateFootnoteHeavy(12, seed, 'end'),
  standard: (seed) => generateArgumentMarkdown(5000, seed),
};

function sessions(make: (seed: number) => string): fc.Arbitrary<Session> {
  return fc.record({
    doc: fc.integer({ min: 1, max: 1000 }).map(make),
    edits: fc.array(edit, { minLength: 1, maxLength: 12 }),
    modes: fc.array(fc.constantFrom<'edit' | 'diff' | 'pair'>('edit', 'edit', 'edit', 'diff', 'pair'), { minLength: 12, maxLength: 12 }),
    analysed: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    chunking: fc.constantFrom({ min: 0, max: 0 }, { min: 16, max: 64 }, { min: 256, max: 1024 }, { min: 256, max: 1024, alone: 300 }, { min: 1024, max: 16384, alone: 4096 }),
  });
}

describe('fuzz: incremental analysis equals a fresh one on the bench shapes', () => {
  for (const [name, make] of Object.entries(shapes)) {
    it(`${name} (${runs(25)} sessions)`, () => {
      check(`incremental ${name}`, sessions(make), replay, 25);
    });
  }
});
