// The repository root, for contract tests that read its files (package.json, samples/, …).
import path from 'node:path';

/** out/test/contract/*.test.js → the repository root. */
export const REPO = path.resolve(__dirname, '../../..');
