/**
 * Messages for what performer code threw or got wrong, in words a performer can act on: never
 * weft's own source (a function is named, not printed), never "[object Object]", and never the
 * rewritten code (the engine's quotes of it are turned back into what the performer typed).
 */
import { MiniParseError } from '../mini/index.ts';
import { Pattern } from '../pattern/pattern.ts';
import { literalText, withoutOffsets } from './literals.ts';
import { RUNTIME } from './rewrite.ts';

/** The message for anything thrown: an error's message, or a description of a thrown value. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return errorMessage(error);
  const text = literalText(error);
  if (text !== undefined) return text;
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && !(error instanceof Pattern)) {
    const message: unknown = Reflect.get(error, 'message');
    const text = typeof message === 'string' ? message : literalText(message);
    if (text !== undefined && text !== '') return text;
  }
  return `the code threw ${describe(error)}`;
}

function errorMessage(error: Error): string {
  let message = typeof error.message === 'string' ? error.message : '';
  if (error instanceof MiniParseError) message = withoutOffsets(message);
  if (error instanceof RangeError && /call stack/i.test(message)) {
    message = `${message} (a function that calls itself without end, or patterns nested too deeply?)`;
  }
  message = message.replaceAll(`${RUNTIME}.m(...)`, '"..."').replaceAll(`${RUNTIME}.t(...)(...)`, '`...`');
  return message === '' ? `${error.name || 'an error'} (with no message)` : message;
}

/**
 * A value as a message names it: `a pattern`, `the function lp`, `the string "x"`, `the number 5`,
 * `an object`, `an array`, `null`.
 */
export function describe(value: unknown): string {
  const text = literalText(value);
  if (text !== undefined) return `the string ${JSON.stringify(text)}`;
  if (value instanceof Pattern) return 'a pattern';
  if (value === null || value === undefined) return String(value);
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'function':
      return value.name === '' ? 'a function' : `the function ${value.name}`;
    case 'number':
    case 'bigint':
    case 'boolean':
      return `the ${typeof value} ${String(value)}`;
    case 'symbol':
      return 'a symbol';
    default:
      return Array.isArray(value) ? 'an array' : value instanceof Error ? `the error "${value.message}"` : 'an object';
  }
}
