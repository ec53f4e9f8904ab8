// The workspace index over stdio (editing.md "The workspace"): background indexing with
// progress, `argmap/checkWorkspace`, `argmap.diagnostics.scope`, the disk cache between
// sessions (seen through the index's log line "workspace index: N argument files in T ms
// (C from the cache, A analysed)"), a corrupt cache, files that vanish or turn binary.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { FileChangeType, WorkDoneProgress, WorkDoneProgressCreateRequest, type Diagnostic } from 'vscode-languageserver-protocol';
import { CheckWorkspaceRequest, type CheckWorkspaceResult } from '../../server/src/protocol';
import { CLIENT_CAPABILITIES, positionOf, tempWorkspace, TestClient, uriOf, type StartOptions } from './client';
import { indexed } from './indexLog';

import { PLAN, SURVEY, TAXES } from '../workspace/planSurveyFiles';

/** The workspace: three argument files, and files the index must not take. */
const FILES: Record<string, string> = {
  'plan.arg.md': PLAN,
  'b.arg.md': SURVEY,
  'taxes.arg.md': TAXES,
  'notes/readme.md': '# Claim: Not an argument file.\n',
  'node_modules/pkg/x.arg.md': TAXES,
  '.hidden/y.arg.md': TAXES,
};

// Worked out from argument-markdown.md: a claim with nothing under it is unsupported; the range
// runs from the label to the end of the heading line ("# Claim: Taxes should fall. {#taxes}" is 36).
const unsupported = (end: number): Diagnostic => ({
  range: { start: { line: 0, character: 2 }, end: { line: 0, character: end } },
  severity: 2,
  code: 'unsupported-claim',
  source: 'argmap',
  message: 'Claim is not supported: no cited evidence or supported claim stands under it.',
});
const TAXES_UNSUPPORTED = unsupported(36);
/** `- Evidence: [the survey](b.arg.md#survey)` is 41 characters; the label starts at 2. */
const SURVEY_BROKEN: Diagnostic = {
  range: { start: { line: 2, character: 2 }, end: { line: 2, character: 41 } },
  severity: 1,
  code: 'broken-reference',
  source: 'argmap',
  message: 'No node with the id `survey` in `b.arg.md`.',
};


describe('workspace index', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  function workspace(files: Record<string, string> = FILES): { root: string; file: (name: string) => string; uri: (name: string) => string } {
    const root = tempWorkspace(files);
    cleanup.push(() => fs.rmSync(root, { recursive: true, force: true }));
    const file = (name: string) => path.join(root, name);
    return { root, file, uri: (name) => uriOf(file(name)) };
  }

  function storageFolder(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-storage-'));
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    return path.join(dir, 'workspace-storage'); // not created yet: the server makes it
  }

  async function start(options: StartOptions): Promise<TestClient> {
    const client = await TestClient.start(options);
    cleanup.push(() => client.stop());
    return client;
  }


  const check = (client: TestClient, waitMs?: number): Promise<CheckWorkspaceResult> =>
    client.within('argmap/checkWorkspace', client.connection.sendRequest(CheckWorkspaceRequest.type, waitMs === undefined ? {} : { waitMs }));

  it('indexes in the background with work-done progress', async () => {
    const ws = workspace();
    const client = await start({ root: ws.root, capabilities: { ...CLIENT_CAPABILITIES, window: { workDoneProgress: true } } });
    const created: unknown[] = [];
    const progress: unknown[] = [];
    client.connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      created.push(token);
      client.connection.onProgress(WorkDoneProgress.type, token, (value) => progress.push(value));
    });
    assert.deepEqual(await indexed(client), [3, 0, 3]);
    await client.within('the end of progress', (async () => {
      while (!progress.some((p) => (p as { kind: string }).kind === 'end')) await new Promise((resolve) => setTimeout(resolve, 10));
    })());
    assert.equal(created.length, 1);
    assert.deepEqual(progress[0], { kind: 'begin', title: 'Indexing argument files', percentage: 0, message: '0/3' });
    assert.deepEqual(progress.at(-1), { kind: 'end' });
    for (const p of progress.slice(1, -1)) assert.equal((p as { kind: string }).kind, 'report');
    // Indexing alone publishes nothing under the default scope `open`.
    assert.deepEqual(client.publishes, []);
  });

  it('argmap.checkWorkspace publishes every closed argument file, and only those', async () => {
    const ws = workspace();
    const client = await start({ root: ws.root });
    assert.deepEqual(await check(client), { files: 3, complete: true });
    const published = new Map(client.publishes.map((p) => [p.uri, p]));
    assert.deepEqual(
      [...published.keys()].sort(),
      ['b.arg.md', 'plan.arg.md', 'taxes.arg.md'].map(ws.uri).sort(),
    );
    // A closed file's diagnostics carry no version (there is no document version to match).
    assert.deepEqual(published.get(ws.uri('taxes.arg.md')), { uri: ws.uri('taxes.arg.md'), diagnostics: [TAXES_UNSUPPORTED] });
    assert.deepEqual(published.get(ws.uri('plan.arg.md')), { uri: ws.uri('plan.arg.md'), diagnostics: [] });
    assert.deepEqual(published.get(ws.uri('b.arg.md')), { uri: ws.uri('b.arg.md'), diagnostics: [] });
  });

  it('scope workspace publishes on its own and republishes a file and its referrers when the disk changes', async () => {
    const ws = workspace();
    const client = await start({ root: ws.root, settings: { diagnostics: { delay: 0, scope: 'workspace' } } });
    assert.deepEqual((await client.diagnostics(ws.uri('taxes.arg.md'))).diagnostics, [TAXES_UNSUPPORTED]);
    assert.deepEqual((await client.diagnostics(ws.uri('plan.arg.md'))).diagnostics, []);
    await indexed(client);
    client.skipPublished();
    // The claim gets cited evidence: supported now.
    fs.writeFileSync(ws.file('taxes.arg.md'), `${TAXES}\n- Evidence: The tax office says so.[^t]\n\n[^t]: Tax office, 2024.\n`);
    // b.arg.md loses the id plan.arg.md links to: plan.arg.md, never changed itself, is published again.
    fs.writeFileSync(ws.file('b.arg.md'), SURVEY.replace('{#survey}', '{#renamed}'));
    await client.filesChanged([
      { uri: ws.uri('taxes.arg.md'), type: FileChangeType.Changed },
      { uri: ws.uri('b.arg.md'), type: FileChangeType.Changed },
    ]);
    assert.deepEqual(await client.diagnostics(ws.uri('taxes.arg.md')), { uri: ws.uri('taxes.arg.md'), diagnostics: [] });
    assert.deepEqual(await client.diagnostics(ws.uri('plan.arg.md')), { uri: ws.uri('plan.arg.md'), diagnostics: [unsupported(38), SURVEY_BROKEN] });
  });

  it('follows the scope and the severities as the settings change', async () => {
    const ws = workspace();
    const client = await start({ root: ws.root });
    await indexed(client);
    assert.deepEqual(client.publishes, []);
    await client.configure({ diagnostics: { delay: 0, scope: 'workspace' } });
    assert.deepEqual(await client.diagnostics(ws.uri('taxes.arg.md')), { uri: ws.uri('taxes.arg.md'), diagnostics: [TAXES_UNSUPPORTED] });
    await client.configure({ diagnostics: { delay: 0, scope: 'workspace' }, severity: { 'unsupported-claim': 'error' } });
    assert.deepEqual(await client.diagnostics(ws.uri('taxes.arg.md')), {
      uri: ws.uri('taxes.arg.md'),
      diagnostics: [{ ...TAXES_UNSUPPORTED, severity: 1 }],
    });
    // Back to `open`: the closed files' diagnostics go.
    await client.configure({ diagnostics: { delay: 0, scope: 'open' } });
    assert.deepEqual(await client.diagnostics(ws.uri('taxes.arg.md')), { uri: ws.uri('taxes.arg.md'), diagnostics: [] });
  });

  it('takes the files argmap.files selects', async () => {
    const ws = workspace({ ...FILES, 'docs/essay.md': TAXES });
    const client = await start({ root: ws.root, settings: { diagnostics: { delay: 0 }, files: ['docs/*.md'] } });
    // `*.arg.md` files are argument files whatever the globs say; notes/readme.md is not selected.
    assert.deepEqual(await check(client), { files: 4, complete: true });
    assert.deepEqual(client.publishes.find((p) => p.uri === ws.uri('docs/essay.md')), { uri: ws.uri('docs/essay.md'), diagnostics: [TAXES_UNSUPPORTED] });
    assert.equal(client.publishes.find((p) => p.uri === ws.uri('notes/readme.md')), undefined);
  });

  it('a closed file reads an open buffer over the disk, once the user stops typing', async () => {
    const ws = workspace();
    const client = await start({ root: ws.root, settings: { diagnostics: { delay: 0, scope: 'workspace' } } });
    await client.diagnostics(ws.uri('plan.arg.md'));
    await indexed(client);
    await client.open(ws.uri('b.arg.md'), SURVEY);
    await client.diagnosticsFor(ws.uri('b.arg.md'), 1);
    client.skipPublished();
    const id = positionOf(SURVEY, '{#survey}', 2);
    await client.edit(ws.uri('b.arg.md'), 2, { start: id, end: { line: id.line, character: id.character + 'survey'.length } }, 'renamed');
    const typedAt = Date.now();
    assert.deepEqual(await client.diagnostics(ws.uri('plan.arg.md')), { uri: ws.uri('plan.arg.md'), diagnostics: [unsupported(38), SURVEY_BROKEN] });
    // Indexing waits for a pause in typing (300 ms after the diagnostics delay of 0).
    assert.ok(Date.now() - typedAt >= 250, `re-indexed ${Date.now() - typedAt} ms after the keystroke`);
  });

  it('a restart with unchanged files takes them from the cache; a changed file and its referrers are analysed again', async () => {
    const ws = workspace();
    const storagePath = storageFolder();
    const first = await start({ root: ws.root, initializationOptions: { storagePath } });
    assert.deepEqual(await indexed(first), [3, 0, 3]);
    await first.stop();
    assert.ok(fs.existsSync(path.join(storagePath, 'workspace-index.json')), 'the cache is written by shutdown at the latest');

    const second = await start({ root: ws.root, initializationOptions: { storagePath } });
    assert.deepEqual(await indexed(second), [3, 3, 0]);
    // The cached summaries publish the same diagnostics as an analysis.
    await check(second);
    assert.deepEqual(second.publishes.find((p) => p.uri === ws.uri('taxes.arg.md')), { uri: ws.uri('taxes.arg.md'), diagnostics: [TAXES_UNSUPPORTED] });
    await second.stop();

    // b.arg.md changes while no server runs: b and plan (which reads b) are analysed, taxes is not.
    fs.writeFileSync(ws.file('b.arg.md'), SURVEY.replace('{#survey}', '{#renamed}'));
    const third = await start({ root: ws.root, initializationOptions: { storagePath } });
    assert.deepEqual(await indexed(third), [3, 1, 2]);
    await check(third);
    assert.deepEqual(third.publishes.find((p) => p.uri === ws.uri('plan.arg.md'))?.diagnostics, [unsupported(38), SURVEY_BROKEN]);
  });

  it('ignores a corrupt cache with a log line', async () => {
    const ws = workspace();
    const storagePath = storageFolder();
    fs.mkdirSync(storagePath, { recursive: true });
    const cacheFile = path.join(storagePath, 'workspace-index.json');
    fs.writeFileSync(cacheFile, '{"format": 1, "maxFileSize": 10000000, "files": {"x": {"stamp": 3');
    const client = await start({ root: ws.root, initializationOptions: { storagePath } });
    assert.deepEqual(await indexed(client), [3, 0, 3]);
    assert.ok(
      client.logs.some((l) => l.startsWith(`workspace index: the cache ${cacheFile} is corrupt and is ignored: `)),
      client.logs.join('\n'),
    );
    assert.deepEqual(await check(client), { files: 3, complete: true });
  });

  it('clears the diagnostics of a file that vanished or became binary, never throwing', async () => {
    const ws = workspace();
    const client = await start({ root: ws.root, settings: { diagnostics: { delay: 0, scope: 'workspace' } } });
    assert.deepEqual((await client.diagnostics(ws.uri('taxes.arg.md'))).diagnostics, [TAXES_UNSUPPORTED]);
    await indexed(client);
    fs.rmSync(ws.file('taxes.arg.md'));
    await client.filesChanged([{ uri: ws.uri('taxes.arg.md'), type: FileChangeType.Deleted }]);
    assert.deepEqual(await client.diagnostics(ws.uri('taxes.arg.md')), { uri: ws.uri('taxes.arg.md'), diagnostics: [] });

    fs.writeFileSync(ws.file('other.arg.md'), TAXES);
    await client.filesChanged([{ uri: ws.uri('other.arg.md'), type: FileChangeType.Created }]);
    assert.deepEqual((await client.diagnostics(ws.uri('other.arg.md'))).diagnostics, [TAXES_UNSUPPORTED]);
    fs.writeFileSync(ws.file('other.arg.md'), Buffer.from([0x23, 0x20, 0x00, 0xff]));
    await client.filesChanged([{ uri: ws.uri('other.arg.md'), type: FileChangeType.Changed }]);
    assert.deepEqual(await client.diagnostics(ws.uri('other.arg.md')), { uri: ws.uri('other.arg.md'), diagnostics: [] });
    assert.ok(client.logs.includes('workspace index: other.arg.md is skipped: it is a binary file'), client.logs.join('\n'));
    assert.deepEqual(await check(client), { files: 2, complete: true });
    assert.ok(client.alive);
  });

  it('lists a folder that appears with its files, reported as the folder alone (as VS Code reports it)', async () => {
    const ws = workspace();
    const client = await start({ root: ws.root, settings: { diagnostics: { delay: 0, scope: 'workspace' } } });
    assert.deepEqual(await indexed(client), [3, 0, 3]);
    fs.mkdirSync(ws.file('more/deeper'), { recursive: true });
    fs.mkdirSync(ws.file('more/node_modules'), { recursive: true });
    fs.writeFileSync(ws.file('more/deeper/rents.arg.md'), TAXES);
    fs.writeFileSync(ws.file('more/node_modules/skipped.arg.md'), TAXES);
    fs.writeFileSync(ws.file('more/notes.txt'), TAXES);
    await client.filesChanged([{ uri: ws.uri('more'), type: FileChangeType.Created }]);
    assert.deepEqual(await client.diagnostics(ws.uri('more/deeper/rents.arg.md')), { uri: ws.uri('more/deeper/rents.arg.md'), diagnostics: [TAXES_UNSUPPORTED] });
    // plan, b, taxes and the new file; not the one under node_modules, nor the text file.
    assert.deepEqual(await check(client), { files: 4, complete: true });
    assert.ok(!client.publishes.some((p) => p.uri.includes('node_modules') || p.uri.endsWith('notes.txt')));
  });
});
