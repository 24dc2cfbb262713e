/**
 * What the editor asks the language service (in its worker) and what it answers: plain data,
 * offsets into the performer's code. Every request carries the code it is about. The envelopes
 * (requests, the init message, the worker's replies) are schema values (valibot), their types
 * inferred; each side reads what arrives through {@link readToIntel} and {@link readFromIntel}.
 */
import * as v from 'valibot';

/** A problem in the code. Type and mini-notation value problems are warnings: they never stop evaluation. */
export interface IntelDiagnostic {
  readonly from: number;
  readonly to: number;
  readonly severity: 'warning' | 'error';
  /** Who found it: TypeScript's checker, its parser, or the mini-notation check of strings. */
  readonly source: 'types' | 'syntax' | 'mini-notation';
  readonly message: string;
}

/** What a completion is, for its icon. */
export type CompletionKind = 'function' | 'control' | 'constant' | 'method' | 'property' | 'variable' | 'keyword' | 'type' | 'text';

/** One completion: a name, its signature and its one-line doc. */
export interface IntelCompletion {
  readonly label: string;
  readonly kind: CompletionKind;
  /** The signature, e.g. `fast(factor: PatternArg<number>): Pattern<T>`. */
  readonly detail?: string;
  /** The doc's summary. */
  readonly info?: string;
  /** Higher comes first: DSL names rank above the language's own. */
  readonly boost: number;
}

/** Completions for the word between `from` and `to`. */
export interface IntelCompletions {
  readonly from: number;
  readonly to: number;
  readonly options: readonly IntelCompletion[];
  /** True inside a mini-notation string (names of sounds, notes or scales). */
  readonly inString: boolean;
}

/** The docs of the name under the pointer. */
export interface IntelHover {
  readonly from: number;
  readonly to: number;
  readonly signature: string;
  readonly summary: string;
  readonly details: string;
  readonly examples: readonly string[];
}

/** One signature of the function being called, with where each parameter is in its label. */
export interface IntelSignature {
  readonly label: string;
  readonly parameters: readonly { readonly from: number; readonly to: number }[];
  readonly documentation: string;
}

/** The call around the cursor: its signatures, the one that applies and the argument being typed. */
export interface IntelSignatureHelp {
  readonly signatures: readonly IntelSignature[];
  readonly active: number;
  readonly activeParameter: number;
}

const id = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const pos = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const code = v.string();

/** The requests as posted to the worker: an id for the answer, a type, and what that type takes. */
const IntelRequestSchema = v.variant('type', [
  v.object({ id, type: v.literal('diagnostics'), code }),
  v.object({ id, type: v.literal('completions'), code, pos, explicit: v.boolean() }),
  v.object({ id, type: v.literal('hover'), code, pos }),
  v.object({ id, type: v.literal('signatureHelp'), code, pos }),
]);
/** A request as posted to the worker. */
export type IntelRequest = v.InferOutput<typeof IntelRequestSchema>;
export type IntelRequestType = IntelRequest['type'];

/** What each request answers. */
interface IntelResults {
  diagnostics: IntelDiagnostic[];
  completions: IntelCompletions | null;
  hover: IntelHover | null;
  signatureHelp: IntelSignatureHelp | null;
}

/** The requests, by type: what each takes and what it answers. */
export type IntelRequests = {
  [K in IntelRequestType]: { args: Omit<Extract<IntelRequest, { type: K }>, 'id' | 'type'>; result: IntelResults[K] };
};

/** What the client tells the worker first: where its data is and what sounds there are. */
const IntelInitSchema = v.object({ type: v.literal('init'), filesUrl: v.string(), referenceUrl: v.string(), sounds: v.array(v.string()) });
export type IntelInit = v.InferOutput<typeof IntelInitSchema>;

/** What the worker accepts. */
export const ToIntelSchema = v.variant('type', [IntelInitSchema, IntelRequestSchema]);
export type ToIntel = v.InferOutput<typeof ToIntelSchema>;

/**
 * What the worker posts back: a request's result (its shape is the request type's, see
 * {@link IntelRequests}) or failure, or that it is ready (or could not start).
 */
export const IntelResponseSchema = v.variant('type', [
  v.object({ type: v.literal('result'), id, result: v.unknown() }),
  v.object({ type: v.literal('failure'), id, message: v.string() }),
  v.object({ type: v.literal('ready'), coldStartMs: v.pipe(v.number(), v.finite()) }),
  v.object({ type: v.literal('broken'), message: v.string() }),
]);
export type IntelResponse = v.InferOutput<typeof IntelResponseSchema>;

/**
 * Checks data that arrived in the worker: returns it as a {@link ToIntel} message; or, for anything
 * else, the id to answer with a failure (when it has one) and why.
 */
export function readToIntel(data: unknown): ToIntel | { readonly type: 'malformed'; readonly id?: number; readonly message: string } {
  const result = v.safeParse(ToIntelSchema, data);
  if (result.success) return result.output;
  const withId = v.safeParse(v.object({ id }), data);
  const message = `malformed request: ${result.issues[0].message}`;
  return withId.success ? { type: 'malformed', id: withId.output.id, message } : { type: 'malformed', message };
}

/** Checks data that arrived from the worker: returns it as an {@link IntelResponse}, or `undefined`. */
export function readFromIntel(data: unknown): IntelResponse | undefined {
  const result = v.safeParse(IntelResponseSchema, data);
  return result.success ? result.output : undefined;
}
