// Setting defaults that the CLI shares with the server, in a module with no dependencies:
// the CLI bundle must not pull in the LSP libraries that protocol.ts needs.

/**
 * The spec's `argmap.maxFileSize` default, in UTF-8 bytes: the one definition outside the
 * model. TODO(issue 10): the model's `DEFAULT_MAX_FILE_SIZE` once its index exports one.
 */
export const DEFAULT_MAX_FILE_SIZE = 10_000_000;
