// Every failure the fuzzers found, kept: `regressions/*.md` are documents (read as UTF-8, so
// their bytes are exact); `regressions/*.json` hold `{ "text" }` for texts UTF-8 cannot keep
// (lone surrogates), and `{ "text", "session" }` for an edit sequence. Each document goes through
// every oracle: invariants and determinism, chunked = whole, and incremental edits.
import { describe, it } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { invariantsHold, replay, sameAsWhole, type Session } from './oracles';

const dir = path.join(__dirname, '..', '..', '..', 'test', 'fuzz', 'regressions');

interface Case {
  name: string;
  text: string;
  session?: Omit<Session, 'doc'>;
}

function cases(): Case[] {
  return fs
    .readdirSync(dir)
    .sort()
    .flatMap((name): Case[] => {
      const raw = fs.readFileSync(path.join(dir, name), 'utf8');
      if (name.endsWith('.md')) return [{ name, text: raw }];
      if (name.endsWith('.json')) {
        const j = JSON.parse(raw) as { text: string; session?: Omit<Session, 'doc'> };
        return [{ name, text: j.text, session: j.session }];
      }
      return [];
    });
}

describe('fuzz regressions', () => {
  for (const c of cases()) {
    it(c.name, () => {
      invariantsHold(c.text);
      sameAsWhole(c.text);
      sameAsWhole(c.text, { min: 16, max: 64 });
      if (c.session) replay({ doc: c.text, ...c.session });
    });
  }
});
