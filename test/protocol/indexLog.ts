// The workspace index's summary line, "workspace index: N argument files in T ms (C from the
// cache, A analysed)": what protocol tests read to know the index has settled and how.
import type { TestClient } from './client';

export const INDEXED = /^workspace index: (\d+) argument files in \d+ ms \((\d+) from the cache, (\d+) analysed\)$/;

/** Waits (within the client's limit) for the index's summary line: [files, from the cache, analysed]. */
export async function indexed(client: TestClient): Promise<number[]> {
  const line = await client.within(
    'the workspace index to settle',
    (async () => {
      for (;;) {
        const found = client.logs.find((l) => INDEXED.test(l));
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })(),
  );
  return INDEXED.exec(line)!.slice(1).map(Number);
}
