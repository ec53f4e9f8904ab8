// Any input either imports into a file argmap check accepts (no error-severity diagnostic) or is
// refused with an ImportError and a line inside the input: never a crash, never a broken file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ImportError, importText, type ImportFormat } from '../../server/src/interchange';
import { analyse } from './analysis';

/** Pieces that mean something to Argdown, Kialo or Markdown, so random text hits the parsers' paths. */
const PIECES = [
  '[A]: ', '[B]', '<Arg>: ', '<Arg>', '\n    + ', '\n    - ', '\n    _ ', '\n    +> ', '\n    <- ', '\n', '\n\n', '# ', '## ',
  '#tag ', '{k: v}', '(1) ', '----\n', '-- rule --\n', '===\ntitle: t\n===\n', '1. ', '1.1. Pro: ', '1.1. Con: ', '1.2. Con: ',
  '1.1.1. Pro: ', '-> See 1.1.', '-> See 1.', 'Discussion Title: ', '[^1]', '{#x}', '[x](#y)', '<!--', '-->', '**', '`', '> ',
  'https://example.org', 'Claim: ', 'text ', 'Parks cool cities. ', '\\', '"', '\t',
];

function input(): fc.Arbitrary<string> {
  return fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((p) => p.join(''));
}

/** Kialo-shaped lines (numbers, sides, links), so most inputs get past the first line. */
function kialoInput(): fc.Arbitrary<string> {
  const claim = fc
    .tuple(fc.constantFrom('1', '1.1', '1.2', '1.1.1', '1.2.1', '2', '2.1'), fc.constantFrom('', 'Pro: ', 'Con: '), input())
    .map(([n, side, text]) => `${n}. ${side}${text.split('\n')[0]}`);
  const line = fc.oneof({ weight: 4, arbitrary: claim }, { weight: 1, arbitrary: input() });
  return fc.tuple(fc.boolean(), fc.array(line, { maxLength: 12 })).map(([title, lines]) => [...(title ? ['Discussion Title: T'] : []), '1. Thesis.', ...lines].join('\n'));
}

function check(format: ImportFormat, text: string): void {
  let markdown: string;
  try {
    markdown = importText(format, text, 'in').markdown;
  } catch (e) {
    assert.ok(e instanceof ImportError, `${format} threw ${String(e)} on ${JSON.stringify(text)}`);
    assert.ok(e.line >= 1 && e.line <= text.split(/\r\n|\r|\n/).length + 1, `line ${e.line} outside the input`);
    return;
  }
  assert.deepEqual(analyse(markdown).errors, [], `${format} on ${JSON.stringify(text)} gave\n${markdown}`);
}

describe('import robustness', () => {
  for (const format of ['argdown', 'kialo'] as const) {
    it(`${format}: imports or refuses with a line, never a broken file`, () => {
      fc.assert(fc.property(input(), (text) => check(format, text)), { numRuns: 300, seed: 15 });
    });
  }
  it('kialo-shaped input: imports or refuses with a line, never a broken file', () => {
    fc.assert(fc.property(kialoInput(), (text) => check('kialo', text)), { numRuns: 300, seed: 15 });
  });
});
