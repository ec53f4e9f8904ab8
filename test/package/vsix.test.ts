// `npm run package` builds a .vsix that holds only what runs. The packaging runs in a copy
// of the working tree (node_modules linked, not copied), so its production build does not
// touch the dist/ that development uses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';

const ROOT = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'argmap') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no argmap package.json above ${__dirname}`);
  }
})();

const EXPECTED_FILES = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/changelog.md',
  'extension/dist/cli.js',
  'extension/dist/extension.js',
  'extension/dist/mapView.js',
  'extension/dist/parseWorker.js',
  'extension/dist/server.js',
  'extension/images/icon.png',
  'extension/media/preview/argmap-preview.css',
  'extension/package.json',
  'extension/readme.md',
  'extension/syntaxes/argmap.injection.tmLanguage.json',
];

/** Folders never copied: dependencies (linked instead), history, tools, scratch and test output. */
const SKIPPED = new Set(['node_modules', '.git', '.e2e-tools', '.work']);
const SKIPPED_AT_ROOT = new Set(['out']);

/** The entries of a zip file, read from its central directory. */
function readZip(file: string): Map<string, Buffer> {
  const zip = fs.readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, `${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'bad central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    entries.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('the .vsix', () => {
  let work: string;
  let entries: Map<string, Buffer>;

  before(() => {
    // vsce refuses to package without these; the test must not invent them.
    const missing = ['README.md', 'CHANGELOG.md', 'LICENSE'].filter((f) => !fs.existsSync(path.join(ROOT, f)));
    assert.deepEqual(missing, [], `cannot package: ${missing.join(', ')} missing at the repository root`);

    work = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-vsix-'));
    fs.cpSync(ROOT, work, {
      recursive: true,
      filter: (source) =>
        !SKIPPED.has(path.basename(source)) &&
        !(path.dirname(source) === ROOT && SKIPPED_AT_ROOT.has(path.basename(source))) &&
        !source.endsWith('.vsix'),
    });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');

    const run = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'package'], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 240_000,
    });
    assert.equal(run.status, 0, `npm run package failed:\n${run.stdout}\n${run.stderr}`);
    entries = readZip(path.join(work, 'argmap.vsix'));
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('holds exactly the bundles, the manifest, the grammar, the icon and the docs', () => {
    assert.deepEqual([...entries.keys()].sort(), [...EXPECTED_FILES].sort());
  });

  it('ships production bundles: no source maps, a shebang on the CLI', () => {
    for (const bundle of ['cli', 'extension', 'server']) {
      const text = entries.get(`extension/dist/${bundle}.js`)!.toString('utf8');
      assert.doesNotMatch(text, /sourceMappingURL/, `dist/${bundle}.js points at a source map`);
    }
    assert.match(entries.get('extension/dist/cli.js')!.toString('utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('needs no node_modules: the bundles require only Node built-ins (and vscode, in the client)', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    for (const bundle of ['cli', 'extension', 'server']) {
      const text = entries.get(`extension/dist/${bundle}.js`)!.toString('utf8');
      const required = [...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      const foreign = [...new Set(required)].filter((m) => !builtins.has(m) && !(bundle === 'extension' && m === 'vscode'));
      assert.deepEqual(foreign, [], `dist/${bundle}.js requires modules that are not in the .vsix`);
    }
  });

  it('points its manifest at files it holds', () => {
    const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
    const inside = (p: string) => entries.has(`extension/${path.posix.normalize(p)}`);
    assert.ok(inside(manifest.main), `main ${manifest.main}`);
    assert.ok(inside(manifest.icon), `icon ${manifest.icon}`);
    for (const grammar of manifest.contributes.grammars) assert.ok(inside(grammar.path), `grammar ${grammar.path}`);
    assert.ok(inside(manifest.bin.argmap), `bin ${manifest.bin.argmap}`);
  });
});
