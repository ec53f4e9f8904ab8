// The architecture's boundaries hold because `npm run lint` fails when one is crossed
// (docs/architecture.md, "Boundaries"). Each case lints a snippet with ESLint's Node API as
// if it were a file at the given path, with the project's own eslint.config.mjs.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { REPO } from './repo';

let eslint: ESLint;

/** The rules that fire on `code` as the file `file` (repository-relative). */
async function rulesFired(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO, file) });
  const fatal = result.messages.find((m) => m.fatal);
  assert.equal(fatal, undefined, `${file} does not parse: ${fatal?.message}`);
  return result.messages.map((m) => m.ruleId ?? '(none)');
}

/** Asserts that importing `specifier` from `file` is an error of `no-restricted-imports`. */
async function forbidden(file: string, specifier: string): Promise<void> {
  const fired = await rulesFired(file, `import { x } from '${specifier}';\nexport const y = x;\n`);
  assert.deepEqual(fired, ['no-restricted-imports'], `import '${specifier}' in ${file}`);
}

/** Asserts that importing `specifier` from `file` passes lint. */
async function allowed(file: string, specifier: string): Promise<void> {
  const fired = await rulesFired(file, `import { x } from '${specifier}';\nexport const y = x;\n`);
  assert.deepEqual(fired, [], `import '${specifier}' in ${file}`);
}

describe('lint guards the boundaries', () => {
  before(() => {
    eslint = new ESLint({ cwd: REPO });
  });

  describe('the model is pure', () => {
    const MODEL = 'server/src/model/graph.ts';

    it("a model file that reads files (import { readFileSync } from 'node:fs') fails lint", async () => {
      const fired = await rulesFired(MODEL, "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
      assert.deepEqual(fired, ['no-restricted-imports']);
    });

    it('no Node built-in, bare or with node:, nor a sub-path of one', async () => {
      for (const m of ['fs', 'path', 'os', 'worker_threads', 'child_process', 'url', 'crypto', 'util', 'events', 'stream', 'buffer', 'fs/promises', 'path/posix', 'node:path']) {
        await forbidden(MODEL, m);
      }
    });

    it('no vscode and no LSP library', async () => {
      for (const m of ['vscode', 'vscode-languageserver', 'vscode-languageserver/node', 'vscode-languageserver-protocol', 'vscode-languageserver-textdocument', 'vscode-languageserver-types']) {
        await forbidden(MODEL, m);
      }
    });

    it('nor in a sub-folder of the model, nor in the map', async () => {
      await forbidden('server/src/model/parse/chunks.ts', 'node:fs');
      await forbidden('server/src/map/layout.ts', 'fs');
      await forbidden('server/src/map/layout.ts', 'vscode');
    });

    it('no require() and no import() around the import rule', async () => {
      assert.deepEqual(await rulesFired(MODEL, "export const fs = import('node:fs');\n"), ['no-restricted-syntax']);
      const required = await rulesFired(MODEL, "export const fs = require('fs');\n");
      assert.ok(required.includes('no-restricted-syntax'), `require() in the model: ${required.join(', ')}`);
    });

    it('a clean model file passes: libraries that run anywhere and its own modules', async () => {
      const code = [
        "import { unified } from 'unified';",
        "import remarkParse from 'remark-parse';",
        "import type { Root } from 'mdast';",
        "import { slug } from 'github-slugger';",
        "import type { ArgNode } from './types';",
        "import { figureKey } from './figures/keys';",
        'export function parse(text: string, node: ArgNode): [Root, string, string] {',
        '  return [unified().use(remarkParse).parse(text), slug(node.text), figureKey(text)];',
        '}',
        '',
      ].join('\n');
      assert.deepEqual(await rulesFired(MODEL, code), []);
      await allowed('server/src/map/layout.ts', '../model');
    });
  });

  describe('the model is entered only by its index', () => {
    it('from the server outside the model', async () => {
      await forbidden('server/src/features/hover.ts', '../model/graph');
      await forbidden('server/src/protocol.ts', './model/export');
      await forbidden('server/src/documents/cache.ts', '../model/parse/chunks');
      await forbidden('server/src/map/layout.ts', '../model/graph');
      await allowed('server/src/features/hover.ts', '../model');
      await allowed('server/src/protocol.ts', './model/index');
    });

    it('from tests and benchmarks', async () => {
      await forbidden('test/model/export.test.ts', '../../server/src/model/export');
      await forbidden('test/fuzz/reference.ts', '../../server/src/model/blocks');
      await forbidden('bench/model.ts', '../server/src/model/parse');
      await allowed('test/model/export.test.ts', '../../server/src/model');
      await allowed('test/features/hover.test.ts', '../model/helpers');
    });

    it('inside the model, its files import each other freely', async () => {
      await allowed('server/src/model/analyze.ts', './graph');
      await allowed('server/src/model/parse/chunks.ts', '../types');
    });
  });

  describe('the client sees the server only through protocol and the pure shared modules', () => {
    const CLIENT = 'client/src/argumentView.ts';

    it("a client import from '../../server/src/model/graph' fails lint", async () => {
      await forbidden(CLIENT, '../../server/src/model/graph');
      const fired = await rulesFired(CLIENT, "import type { GraphJson } from '../../server/src/model/export';\nexport type G = GraphJson;\n");
      assert.deepEqual(fired, ['no-restricted-imports'], 'a type-only import is an import too');
    });

    it('nor any other server internal, the model index included', async () => {
      for (const m of ['../../server/src/model', '../../server/src/documents', '../../server/src/features/hover', '../../server/src/cli/main', '../../server/src', '../../server/src/map/../model/graph', '../../server/src/shared/../documents']) {
        await forbidden(CLIENT, m);
      }
      await forbidden('client/src/map/panel.ts', '../../../server/src/model/graph');
    });

    it('protocol, server/src/map and server/src/shared are allowed', async () => {
      await allowed(CLIENT, '../../server/src/protocol');
      await allowed(CLIENT, '../../server/src/map/layout');
      await allowed(CLIENT, '../../server/src/shared/membership');
      await allowed(CLIENT, 'vscode');
      await allowed(CLIENT, 'vscode-languageclient/node');
    });
  });
});
