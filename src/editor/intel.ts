/**
 * The language service in the editor: completions, hover docs, signature help and warnings,
 * all answered by the service's worker (see src/intel). Add {@link intel} once the app has
 * created the client (after the first sound), e.g. by reconfiguring a compartment.
 */
import { autocompletion } from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import type { IntelClient } from '../intel/index.ts';
import { evaluationProblems } from './errors.ts';
import { intelCompletions } from './intel-completion.ts';
import { intelDiagnostics } from './intel-diagnostics.ts';
import { intelHover } from './intel-hover.ts';
import { intelSignatureHelp } from './intel-signature.ts';

export { intelCompletions, intelCompletionSource } from './intel-completion.ts';
export { intelDiagnostics, DIAGNOSTICS_DELAY } from './intel-diagnostics.ts';
export { intelHover, hoverContent } from './intel-hover.ts';
export { intelSignatureHelp, setSignatureHelp, signatureContent } from './intel-signature.ts';

/** Options for {@link intel}. */
export interface IntelExtensionOptions {
  /** Milliseconds after the last edit before the code is checked. */
  readonly diagnosticsDelay?: number;
}

/**
 * Every part of the language service for the editor, completion popups included (the editor may
 * not have loaded its own yet), and the problems shown, where its warnings go.
 */
export function intel(client: IntelClient, options: IntelExtensionOptions = {}): Extension {
  return [
    autocompletion(),
    intelCompletions(client),
    intelHover(client),
    intelSignatureHelp(client),
    intelDiagnostics(client, options.diagnosticsDelay),
    evaluationProblems(),
  ];
}
