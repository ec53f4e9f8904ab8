// @ts-check
// Entry point that VS Code's extension host loads (extensionTestsPath): runs every
// `*.test.js` beside this file with mocha (bdd) and resolves or rejects with the result.
// The extension host's console does not reach the shell, so mocha's report is written to
// the file named by E2E_REPORT; the driver prints it. `mocha` resolves from the repo's
// node_modules (this file lives inside the repo).
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const Mocha = require('mocha');

exports.run = function run() {
  const reportFile = process.env.E2E_REPORT;
  const out = (/** @type {unknown[]} */ ...args) => {
    const line = util.format(...args) + '\n';
    if (reportFile) fs.appendFileSync(reportFile, line);
    else process.stdout.write(line);
  };
  Mocha.reporters.Base.consoleLog = out;

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 120000,
    slow: 5000,
    grep: process.env.E2E_GREP || undefined,
  });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  /** @type {Promise<void>} */
  const done = new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        // Every test must have passed: a test skipped because a hook failed, a pending (skipped)
        // test and a run where E2E_GREP matched nothing all count as failures, never as a pass.
        const stats = runner.stats ?? { failures: 1, passes: 0, pending: 0 };
        let failed = Math.max(stats.failures, runner.total - stats.passes);
        if (stats.pending) out(`${stats.pending} pending e2e test(s): a skipped test fails the run`);
        if (runner.total === 0) {
          out(`no e2e test matched${process.env.E2E_GREP ? ` E2E_GREP=${process.env.E2E_GREP}` : ''}`);
          failed = Math.max(failed, 1);
        }
        out(`E2E-SUMMARY ${stats.passes} ${failed}`);
        if (failures || failed) reject(new Error(`${failed} e2e test(s) failed or did not run`));
        else resolve();
      });
    } catch (e) {
      out(`e2e suite crashed before running: ${e instanceof Error && e.stack ? e.stack : e}`);
      out('E2E-SUMMARY 0 1');
      reject(e);
    }
  });
  return done;
};
