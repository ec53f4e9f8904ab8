// Stub: the CLI is being written.
console.error('argmap: not implemented yet');
process.exitCode = 2;
