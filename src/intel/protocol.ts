/**
 * What the editor asks the language service (in its worker) and what it answers: plain data,
 * offsets into the performer's code. Every request carries the code it is about.
 */

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

/** The requests, by type: what each takes and what it answers. */
export interface IntelRequests {
  diagnostics: { args: { code: string }; result: IntelDiagnostic[] };
  completions: { args: { code: string; pos: number; explicit: boolean }; result: IntelCompletions | null };
  hover: { args: { code: string; pos: number }; result: IntelHover | null };
  signatureHelp: { args: { code: string; pos: number }; result: IntelSignatureHelp | null };
}

export type IntelRequestType = keyof IntelRequests;

/** A request as posted to the worker. */
export type IntelRequest = {
  [K in IntelRequestType]: { readonly id: number; readonly type: K } & IntelRequests[K]['args'];
}[IntelRequestType];

/** What the worker posts back: a request's result or failure, or that it is ready (or could not start). */
export type IntelResponse =
  | { readonly type: 'result'; readonly id: number; readonly result: unknown }
  | { readonly type: 'failure'; readonly id: number; readonly message: string }
  | { readonly type: 'ready'; readonly coldStartMs: number }
  | { readonly type: 'broken'; readonly message: string };

/** What the client tells the worker first: where its data is and what sounds there are. */
export interface IntelInit {
  readonly type: 'init';
  readonly filesUrl: string;
  readonly referenceUrl: string;
  readonly sounds: readonly string[];
}
