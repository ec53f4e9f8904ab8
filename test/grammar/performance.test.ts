// The injection's regexes are linear: lines built to make backtracking regexes blow up
// tokenize in a fraction of a second (a quadratic regex takes minutes on these). Each label
// regex checks for a label word before its lookbehind, so most positions cost one comparison.
// Not here: deeply nested block quotes (`> > > …`), which are slow in the base grammar itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownGrammar } from './textmate';

const LENGTH = 100_000;

function repeat(unit: string): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
}

const PATHOLOGICAL: Record<string, string> = {
  'stars': repeat('*'),
  'id openers': repeat('{#'),
  'unclosed id': `{#${repeat('a')}`,
  'ids not at the end': repeat('{#a} '),
  'footnote openers': repeat('[^'),
  'unclosed footnote': `[^${repeat('a')}`,
  'bold label starts': repeat('**Claim'),
  'labels without colons': repeat('Claim '),
  'labels after spaces': `${' '.repeat(3)}${repeat('Claim:')}`,
  'link openers': repeat('[a]('),
  'unclosed link to an id': `[a](#${repeat('b')}`,
  'file-like link': `[a](${repeat('x.md')}`,
  'brackets': repeat('[]('),
  'labelled items': repeat('- Claim: [a](#b)[^c] {#d} '),
  'spaces then text': `${repeat(' ')}x`,
};

// Each line stands alone and in the places the injection is active.
const PLACES = ['', '# ', '- ', '> '];

describe('pathological lines', () => {
  for (const [name, line] of Object.entries(PATHOLOGICAL)) {
    it(`tokenizes 100k chars of ${name} quickly`, async () => {
      const grammar = await markdownGrammar();
      for (const place of PLACES) {
        // CPU time of this process, not wall-clock time: other work on the machine cannot fail it,
        // while a grammar that backtracks catastrophically still does (minutes, not milliseconds).
        const start = process.cpuUsage();
        const { tokens } = grammar.tokenizeLine(place + line, null);
        const used = process.cpuUsage(start);
        const ms = (used.user + used.system) / 1000;
        assert.ok(tokens.length > 0);
        assert.ok(ms < 3000, `${JSON.stringify(place)} + ${name}: ${ms.toFixed(0)} ms of CPU`);
      }
    });
  }
});
