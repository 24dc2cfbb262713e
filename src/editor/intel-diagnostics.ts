/**
 * The language service's problems as warnings in the editor: a while after the code last
 * changed, the service checks it and its problems replace the warnings shown (see errors.ts).
 * Warnings never stop evaluation.
 */
import type { Extension } from '@codemirror/state';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';
import type { IntelClient } from '../intel/index.ts';
import { setWarnings, type CodeProblem } from './errors.ts';

/** How long after the last edit the code is checked, in milliseconds. */
export const DIAGNOSTICS_DELAY = 400;

/** Checks the code after each pause in typing and shows the problems as warnings. */
export function intelDiagnostics(client: IntelClient, delay: number = DIAGNOSTICS_DELAY): Extension {
  return ViewPlugin.fromClass(
    class {
      timer: ReturnType<typeof setTimeout> | undefined;
      constructor(readonly view: EditorView) {
        this.schedule(0);
      }
      update(update: ViewUpdate): void {
        if (update.docChanged) this.schedule(delay);
      }
      schedule(ms: number): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.check(), ms);
      }
      async check(): Promise<void> {
        const doc = this.view.state.doc;
        const code = doc.toString();
        let problems: CodeProblem[];
        try {
          problems = (await client.diagnostics(code)).map(({ from, to, message }) => ({ from, to, message }));
        } catch {
          return; // A service that failed shows nothing; evaluation does not depend on it.
        }
        // Stale answers (the code changed meanwhile) are dropped: the next check is coming.
        if (this.view.state.doc !== doc) return;
        this.view.dispatch({ effects: setWarnings.of(problems) });
      }
      destroy(): void {
        clearTimeout(this.timer);
      }
    },
  );
}
