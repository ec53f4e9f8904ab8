// Stub: the language server is being written.
console.error('argmap server: not implemented yet');
