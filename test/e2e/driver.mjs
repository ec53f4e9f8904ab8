// @ts-check
// Drives code-server's workbench in headless Chromium so that it runs the e2e suite in its
// real extension host, then exits with the suite's exit code.
//
//   node test/e2e/driver.mjs --port P --workspace DIR --extension DIR --suite FILE --logs DIR
//
// How: the workbench URL carries a `payload` with extensionDevelopmentPath (the repo, loaded
// in development mode) and extensionTestsPath (the suite's index.js). code-server honours it
// only when the server was started with `--vscode-option enable-smoke-test-driver`. When the
// suite's run() settles, VS Code calls window.codeAutomationExit(code), which we expose here.
// Mocha's report goes to a file (the extension host's console is not ours); we print it, then
// `N passed, N failed` alone on a line. Exit: the suite's code; 2 on a timeout or a page crash.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: parsed } = parseArgs({
  options: {
    port: { type: 'string' },
    workspace: { type: 'string' },
    extension: { type: 'string' },
    suite: { type: 'string' },
    logs: { type: 'string' },
    timeout: { type: 'string', default: process.env.E2E_TIMEOUT_MS || '300000' },
  },
});
for (const k of ['port', 'workspace', 'extension', 'suite', 'logs']) {
  if (!parsed[/** @type {keyof typeof parsed} */ (k)]) {
    console.error(`driver: missing --${k}`);
    process.exit(2);
  }
}
/** The options, every one of them set (checked just above). */
const opt = /** @type {Required<typeof parsed>} */ (parsed);
const logs = path.resolve(opt.logs);
fs.mkdirSync(logs, { recursive: true });
const report = path.join(logs, 'report.txt');
const windowLog = path.join(logs, 'window.log');
fs.writeFileSync(report, '');
fs.writeFileSync(windowLog, '');

// The authority must be the page's own host:port, or the workbench will not resolve the paths.
const remote = (/** @type {string} */ p) => `vscode-remote://127.0.0.1:${opt.port}${path.resolve(p)}`;
const payload = [
  ['extensionDevelopmentPath', remote(opt.extension)],
  ['extensionTestsPath', remote(opt.suite)],
  ['skipWelcome', 'true'],
  ['skipReleaseNotes', 'true'],
  // Environment for the extension host: where the suite writes its report, and anything extra.
  ['extensionEnvironment', JSON.stringify({ E2E_REPORT: report, E2E_LOGS: logs, E2E_REPO: path.resolve(opt.extension), ...JSON.parse(process.env.E2E_ENV || '{}') })],
];

const started = Date.now();
const browser = await chromium.launch({
  executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // No sandbox (we run as root), and nothing that reaches out to the network: there is none.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

let done = false;
/**
 * Prints the suite's report and exits with its code.
 * @param {number} code
 * @param {string} [why]
 */
async function finish(code, why) {
  if (done) return;
  done = true;
  const text = fs.readFileSync(report, 'utf8');
  const m = /^E2E-SUMMARY (\d+) (\d+)$/m.exec(text);
  process.stdout.write(text.replace(/^E2E-SUMMARY.*\n?/m, ''));
  if (why) console.log(why);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`driver: extension host exited with ${code} after ${secs} s (logs: ${logs})`);
  // Without a summary the suite never ran to the end: count that as a failure, never as a pass.
  const passed = m ? +m[1] : 0;
  const failed = m ? +m[2] : 1;
  if (!m && code === 0) code = 1;
  console.log(`${passed} passed, ${failed} failed`);
  await browser.close().catch(() => {});
  process.exit(code);
}

const timer = setTimeout(
  () => finish(2, `driver: TIMEOUT after ${opt.timeout} ms: the suite did not finish. See ${windowLog} and ${logs}.`),
  +opt.timeout,
);
page.on('crash', () => finish(2, 'driver: the workbench page crashed'));
page.on('pageerror', (e) => fs.appendFileSync(windowLog, `[pageerror] ${e.stack || e}\n`));
await page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown[] | undefined} */ args) =>
  fs.appendFileSync(windowLog, `[${type}] ${(args || []).map(String).join(' ')}\n`),
);
await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => {
  clearTimeout(timer);
  return finish(code);
});

const url = `http://127.0.0.1:${opt.port}/?folder=${encodeURIComponent(path.resolve(opt.workspace))}` +
  `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
try {
  await page.goto(url, { timeout: 60000 });
} catch (e) {
  clearTimeout(timer);
  await finish(2, `driver: could not load the workbench: ${e instanceof Error ? e.message : e}`);
}
