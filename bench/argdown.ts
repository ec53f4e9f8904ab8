// The peer: Argdown's own pipeline on text of the same shape, parse (Chevrotain lexer
// and parser) plus model (statements, arguments, relations), nothing after that.
import { ArgdownApplication, ModelPlugin, ParserPlugin, type IArgdownResponse } from '@argdown/core';

export interface ArgdownResult {
  statements: number;
  arguments: number;
  relations: number;
  /** Lexer and parser errors: a generator bug if not 0. */
  errors: number;
}

/** An application with only the parser and the model builder, as Argdown's own `argdown` wires them. */
export function argdownApp(): ArgdownApplication {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new ModelPlugin(), 'build-model');
  return app;
}

export function argdownParseAndModel(app: ArgdownApplication, input: string): IArgdownResponse {
  return app.run({ input, process: ['parse-input', 'build-model'], logLevel: 'error' });
}

export function describeArgdown(response: IArgdownResponse): ArgdownResult {
  return {
    statements: Object.keys(response.statements ?? {}).length,
    arguments: Object.keys(response.arguments ?? {}).length,
    relations: response.relations?.length ?? 0,
    errors: (response.lexerErrors?.length ?? 0) + (response.parserErrors?.length ?? 0) + (response.exceptions?.length ?? 0),
  };
}
