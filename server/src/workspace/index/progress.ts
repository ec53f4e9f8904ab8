// Indexing as work-done progress ($/progress): "Indexing argument files: 120/2,000".
// The client may refuse or not support progress: then nothing is shown and nothing fails.
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';

export const PROGRESS_TITLE = 'Indexing argument files';

/** Reports at most this often, so that a fast pass does not flood the client. */
const REPORT_MS = 100;

const count = (n: number) => n.toLocaleString('en-US');

export class IndexProgress {
  private reporter: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
  private lastReport = 0;

  constructor(private readonly create: () => Promise<WorkDoneProgressServerReporter>) {}

  get active(): boolean {
    return this.reporter !== undefined;
  }

  begin(done: number, total: number): void {
    if (this.reporter) return;
    this.lastReport = performance.now();
    this.reporter = this.create().then(
      (r) => {
        r.begin(PROGRESS_TITLE, percent(done, total), `${count(done)}/${count(total)}`);
        return r;
      },
      () => undefined,
    );
  }

  report(done: number, total: number): void {
    const now = performance.now();
    if (!this.reporter || now - this.lastReport < REPORT_MS) return;
    this.lastReport = now;
    void this.reporter.then((r) => r?.report(percent(done, total), `${count(done)}/${count(total)}`));
  }

  done(): void {
    const reporter = this.reporter;
    this.reporter = undefined;
    void reporter?.then((r) => r?.done());
  }
}

function percent(done: number, total: number): number {
  return total ? Math.floor((100 * done) / total) : 100;
}
