// The last few analyses of closed files, for features that ask for a whole analysis
// (`WorkspaceIndex.analysis`); the oldest goes when there are too many.
import type { Analysis } from '../../model';

export class KeptAnalyses {
  private readonly kept = new Map<string, Analysis>();

  constructor(private readonly limit: number) {}

  get(fsPath: string): Analysis | undefined {
    return this.kept.get(fsPath);
  }

  keep(fsPath: string, analysis: Analysis): void {
    this.kept.delete(fsPath);
    this.kept.set(fsPath, analysis);
    if (this.kept.size > this.limit) this.kept.delete(this.kept.keys().next().value!);
  }

  delete(fsPath: string): void {
    this.kept.delete(fsPath);
  }

  clear(): void {
    this.kept.clear();
  }
}
