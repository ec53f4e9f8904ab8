// An exception in any feature is logged with its stack (window/logMessage, the output
// channel), answered empty, and the server keeps serving. The server is started with
// ARGMAP_FAULT (a test-only hook, see server/src/faults.ts), which makes the named
// feature throw on documents whose file name starts with `fault`.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, MarkupContent } from 'vscode-languageserver-protocol';
import { FIXTURES, fixture, positionOf, TestClient, uriOf } from './client';

const basic = fixture('basic.arg.md');
const faulty = uriOf(path.join(FIXTURES, 'fault.arg.md'));
const valid = uriOf(path.join(FIXTURES, 'valid.arg.md'));
const claim = positionOf(basic, 'Qianhai hosts');

/** The log entry for the injected fault, with a stack of at least two frames. */
function assertLoggedWithStack(client: TestClient, prefix: string, feature: string): void {
  const entry = client.logs.find((l) => l.startsWith(prefix) && l.includes(`Error: injected ${feature} fault (ARGMAP_FAULT) on `));
  assert.ok(entry, `no "${prefix}" log entry in:\n${client.logs.join('\n')}`);
  assert.ok((entry.match(/\n\s+at /g) ?? []).length >= 2, `no stack in: ${entry}`);
}

async function assertValidStillWorks(client: TestClient): Promise<void> {
  const h = await client.hover(valid, claim);
  assert.match((h?.contents as MarkupContent).value, /^\*\*Claim\*\* · supported · contested/);
  const symbols = (await client.symbols(valid)) as DocumentSymbol[];
  assert.equal(symbols[0].name, 'Qianhai hosts over 9,200 companies.');
  assert.equal((await client.graph(valid))?.nodes.length, 7);
  assert.ok(client.alive, 'the server exited');
}

/** A server whose `feature` throws on fault.arg.md; both documents open, the valid one analysed. */
function withFault(feature: string, body: (client: () => TestClient) => void): void {
  describe(`ARGMAP_FAULT=${feature}`, () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ root: FIXTURES, env: { ARGMAP_FAULT: feature } });
      await client.open(valid, basic);
      assert.equal((await client.diagnosticsFor(valid, 1)).diagnostics.length, 8);
      await client.open(faulty, basic);
    });
    after(() => client.stop());
    it('says so in the log at start-up', () => {
      assert.ok(client.logs.some((l) => l.startsWith(`ARGMAP_FAULT (tests only): ${feature} will throw`)), client.logs.join('\n'));
    });
    body(() => client);
  });
}

describe('a feature that throws', () => {
  withFault('hover', (client) => {
    it('is logged with its stack, answered null, and the next hover on a valid document works', async () => {
      await client().diagnosticsFor(faulty, 1);
      assert.equal(await client().hover(faulty, claim), null);
      assertLoggedWithStack(client(), 'hover failed: ', 'hover');
      await assertValidStillWorks(client());
      // The other features of the faulty document are unaffected.
      assert.equal(((await client().symbols(faulty)) as DocumentSymbol[]).length, 2);
    });
  });

  withFault('symbols', (client) => {
    it('is logged with its stack, answered null, and the next documentSymbol on a valid document works', async () => {
      await client().diagnosticsFor(faulty, 1);
      assert.equal(await client().symbols(faulty), null);
      assertLoggedWithStack(client(), 'documentSymbol failed: ', 'symbols');
      await assertValidStillWorks(client());
    });
  });

  withFault('graph', (client) => {
    it('is logged with its stack, answered null, and the next argmap/graph on a valid document works', async () => {
      await client().diagnosticsFor(faulty, 1);
      assert.equal(await client().graph(faulty), null);
      assertLoggedWithStack(client(), 'argmap/graph failed: ', 'graph');
      await assertValidStillWorks(client());
    });
  });

  withFault('diagnostics', (client) => {
    it('is logged with its stack, published empty with the version, and the next document is published', async () => {
      assert.deepEqual(await client().diagnosticsFor(faulty, 1), { uri: faulty, version: 1, diagnostics: [] });
      assertLoggedWithStack(client(), `diagnostics of ${faulty} failed: `, 'diagnostics');
      // An edit is published (empty) again, and the valid document's edits still are too.
      // (Retyping the R of "Rents": same text, a new version.)
      const r = positionOf(basic, 'Rents');
      const retype = { start: r, end: { line: r.line, character: r.character + 1 } };
      await client().edit(faulty, 2, retype, 'R');
      assert.deepEqual((await client().diagnosticsFor(faulty, 2)).diagnostics, []);
      await client().edit(valid, 2, retype, 'R');
      assert.equal((await client().diagnosticsFor(valid, 2)).diagnostics.length, 8);
      await assertValidStillWorks(client());
    });
  });

  withFault('analysis', (client) => {
    it('is logged with its stack, retried from scratch, then answered with an empty analysis', async () => {
      assert.deepEqual(await client().diagnosticsFor(faulty, 1), { uri: faulty, version: 1, diagnostics: [] });
      assertLoggedWithStack(client(), `analysing ${faulty} failed: `, 'analysis');
      assertLoggedWithStack(client(), `analysing ${faulty} from scratch failed too: `, 'analysis');
      assert.equal(await client().hover(faulty, claim), null);
      assert.deepEqual(await client().symbols(faulty), []);
      assert.equal((await client().graph(faulty))?.nodes.length, 0);
      await assertValidStillWorks(client());
    });
  });
});
