// Setting defaults that the CLI shares with the server, in a module with no dependencies:
// the CLI bundle must not pull in the LSP libraries that protocol.ts needs.

/**
 * The spec's `argmap.maxFileSize` default, in UTF-8 bytes: the one definition outside the
 * model, kept apart so the client's bundle (which imports protocol.ts) does not pull in the
 * model; a test checks it equals the model's `DEFAULT_MAX_FILE_SIZE`.
 */
export const DEFAULT_MAX_FILE_SIZE = 10_000_000;

/** The spec's `argmap.maxBlockSize` default, in UTF-8 bytes; a test checks it equals the model's. */
export const DEFAULT_MAX_BLOCK_SIZE = 100_000;
