// The README's settings table is what a user reads before opening Settings: every `argmap.*`
// setting package.json contributes must be in it with the default VS Code really uses, and the
// table names no setting that does not exist. Severity settings are one row
// (`argmap.severity.<code>`) plus the "Default severities" line under the table, which must put
// each code under its package.json default.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from './repo';

const SEVERITY = 'argmap.severity.';

/** package.json's settings, name → default. */
function shippedSettings(): Map<string, unknown> {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const sections = [manifest.contributes?.configuration ?? []].flat() as { properties?: Record<string, { default?: unknown }> }[];
  const out = new Map<string, unknown>();
  for (const section of sections) for (const [key, s] of Object.entries(section.properties ?? {})) out.set(key, s.default);
  return out;
}

const readme = (): string[] => fs.readFileSync(path.join(REPO, 'README.md'), 'utf8').split('\n');

/** The rows of the table headed `| setting | default | what it does |`: setting → default cell. */
function readmeTable(lines: string[]): Map<string, string> {
  const head = lines.findIndex((l) => /^\|\s*setting\s*\|\s*default\s*\|/.test(l));
  assert.ok(head >= 0, 'README.md has no "| setting | default | … |" table');
  const rows = new Map<string, string>();
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    const name = /^`([^`]+)`$/.exec(cells[0])?.[1];
    assert.ok(name, `README settings row without a \`setting\` name: ${line}`);
    rows.set(name, cells[1]);
  }
  return rows;
}

/** The "Default severities" line: code → level. */
function readmeSeverities(lines: string[]): Map<string, string> {
  const line = lines.find((l) => l.startsWith('**Default severities**'));
  assert.ok(line, 'README.md has no "**Default severities**" line under the settings table');
  const out = new Map<string, string>();
  for (const part of line.split(';')) {
    const m = /`(error|warning|information|hint)` for (.*)$/.exec(part);
    if (!m) continue;
    for (const code of m[2].matchAll(/`([a-z-]+)`/g)) out.set(code[1], m[1]);
  }
  return out;
}

/** How the README writes a default: a string bare in backticks, anything else as JSON. */
const written = (value: unknown): string => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

describe('README settings table = package.json settings', () => {
  it('lists every setting but the severities with its shipped default', () => {
    const rows = readmeTable(readme());
    for (const [name, value] of shippedSettings()) {
      if (name.startsWith(SEVERITY)) continue;
      assert.ok(rows.has(name), `the README settings table lacks ${name}`);
      assert.equal(rows.get(name), written(value), `README default of ${name}`);
    }
  });

  it('names no setting package.json does not have', () => {
    const shipped = shippedSettings();
    for (const name of readmeTable(readme()).keys()) {
      if (name === `${SEVERITY}<code>`) continue;
      assert.ok(shipped.has(name), `the README lists ${name}, which package.json does not contribute`);
    }
  });

  it('has the argmap.severity.<code> row, and puts each code under its shipped default', () => {
    const lines = readme();
    assert.ok(readmeTable(lines).has(`${SEVERITY}<code>`), 'the README settings table lacks argmap.severity.<code>');
    const shipped = new Map([...shippedSettings()].filter(([k]) => k.startsWith(SEVERITY)).map(([k, v]) => [k.slice(SEVERITY.length), v]));
    assert.deepEqual(Object.fromEntries([...readmeSeverities(lines)].sort()), Object.fromEntries([...shipped].sort()));
  });
});
