// Diagnostic codes are defined once, in the model's table; package.json's
// `argmap.severity.<code>` settings must match it, and both must match the contract.
// The expected defaults are written here by hand from the spec's tables
// (argument-markdown.md "Status and diagnostics" and "Additions in contract v2"; editing.md).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
// The model's one code → default severity table, entered through the model's index.
import { DEFAULT_SEVERITY } from '../../server/src/model';
import { REPO } from './repo';

/** argument-markdown.md, "Status and diagnostics": every argmap has these. */
const CONTRACT_V1: Record<string, string> = {
  'unsupported-claim': 'warning',
  'uncited-evidence': 'warning',
  'unanswered-challenge': 'information',
  'orphan-evidence': 'warning',
  'empty-node': 'error',
  'duplicate-id': 'error',
  'broken-reference': 'error',
  'undefined-footnote': 'error',
  'circular-support': 'warning',
  'unsourced-figure': 'information',
  'file-too-large': 'information',
};

/** argument-markdown.md, "Additions in contract v2", and editing.md: checked once the model has them. */
const CONTRACT_V2: Record<string, string> = {
  'nesting-too-deep': 'information',
  'block-too-large': 'information',
  'unclosed-code-block': 'warning',
  'label-typo': 'information',
  'figure-mismatch': 'warning',
};

const CONTRACT: Record<string, string> = { ...CONTRACT_V1, ...CONTRACT_V2 };
const LEVELS = ['ignore', 'hint', 'information', 'warning', 'error'];
const PREFIX = 'argmap.severity.';

interface Setting {
  type?: string;
  enum?: string[];
  enumDescriptions?: string[];
  default?: unknown;
  scope?: string;
  order?: number;
  description?: string;
  markdownDescription?: string;
}

/** package.json's severity settings, by code, in the order they are written. */
function severitySettings(): Map<string, Setting> {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const sections = [manifest.contributes?.configuration ?? []].flat() as { properties?: Record<string, Setting> }[];
  const settings = new Map<string, Setting>();
  for (const section of sections) {
    for (const [key, setting] of Object.entries(section.properties ?? {})) {
      if (key.startsWith(PREFIX)) settings.set(key.slice(PREFIX.length), setting);
    }
  }
  return settings;
}

const sorted = (codes: Iterable<string>): string[] => [...codes].sort();

describe('diagnostic codes: package.json, the model and the contract agree', () => {
  const model: Record<string, string> = { ...DEFAULT_SEVERITY };

  it("package.json has an argmap.severity.<code> setting for each code of the model's table, and no other", () => {
    const settings = severitySettings();
    const missing = Object.keys(model).filter((code) => !settings.has(code));
    const extra = [...settings.keys()].filter((code) => !(code in model));
    assert.deepEqual(missing, [], `package.json lacks a severity setting for: ${missing.join(', ')}`);
    assert.deepEqual(extra, [], `package.json has severity settings for codes the model does not have: ${extra.join(', ')}`);
  });

  it("each package.json setting's default is the contract's default (and the model's)", () => {
    for (const [code, setting] of severitySettings()) {
      assert.ok(code in CONTRACT, `package.json: argmap.severity.${code} is no code of the contract`);
      assert.equal(setting.default, CONTRACT[code], `package.json: argmap.severity.${code} default`);
      assert.equal(setting.default, model[code], `package.json: argmap.severity.${code} default vs the model's table`);
    }
  });

  it("the model's table has every code of the contract's first table, only contract codes, with the contract's defaults", () => {
    assert.deepEqual(sorted(Object.keys(CONTRACT_V1).filter((code) => !(code in model))), [], 'codes the model lacks');
    for (const [code, severity] of Object.entries(model)) {
      assert.ok(code in CONTRACT, `the model's code ${code} is not in the contract`);
      assert.equal(severity, CONTRACT[code], `the model's default for ${code}`);
    }
  });

  it('each package.json severity setting is the same kind of setting: the five levels, per resource, described', () => {
    const settings = severitySettings();
    const orders = [...settings.values()].map((s) => s.order ?? NaN);
    assert.deepEqual(orders, [...orders].sort((a, b) => a - b), 'package.json: the severity settings are not in their `order`');
    assert.equal(new Set(orders).size, orders.length, 'package.json: two severity settings share an `order`');
    for (const [code, setting] of settings) {
      const where = `package.json: argmap.severity.${code}`;
      assert.equal(setting.type, 'string', where);
      assert.deepEqual(setting.enum, LEVELS, `${where} enum`);
      assert.equal(setting.enumDescriptions?.length, LEVELS.length, `${where} enumDescriptions`);
      assert.equal(setting.scope, 'resource', `${where} scope`);
      assert.ok(setting.description?.includes(code), `${where}: the description does not name the code`);
      assert.ok(setting.markdownDescription?.includes(`\`${code}\``), `${where}: the markdownDescription does not name the code`);
    }
  });
});
