/**
 * A runnable example on the reference and tutorial pages: its code (in an editor the app
 * provides, or a plain text area) and a button that plays it.
 */

/** An example's code view: the app may mount an editor with sounding highlights instead. */
export interface ExampleEditor {
  /** The code as the learner left it. */
  getCode(): string;
  /** Removes what the editor set up (e.g. destroys a CodeMirror view). */
  destroy?(): void;
}

/** What the pages need from the app to play examples. */
export interface ExampleHost {
  /** Plays performer code (replacing what plays); the example's element lets the app highlight it. */
  play(code: string, example: HTMLElement): void | Promise<void>;
  /** Stops playing. */
  stop?(): void;
  /**
   * Mounts an editor for `code` in `parent` (e.g. CodeMirror with the sounding highlight). Without
   * it, examples are shown in a plain text area that can still be changed.
   */
  mountEditor?(parent: HTMLElement, code: string, options: { readonly editable: boolean }): ExampleEditor;
}

function plainEditor(parent: HTMLElement, code: string, editable: boolean): ExampleEditor {
  const area = parent.appendChild(document.createElement('textarea'));
  area.className = 'weft-example-code';
  area.value = code;
  area.readOnly = !editable;
  area.spellcheck = false;
  area.rows = Math.max(1, code.split('\n').length);
  return { getCode: () => area.value };
}

/** Renders one example with its Play (and Stop) button; returns its editor. */
export function renderExample(parent: HTMLElement, code: string, host: ExampleHost, editable: boolean): ExampleEditor {
  const example = parent.appendChild(document.createElement('div'));
  example.className = 'weft-example';
  const body = example.appendChild(document.createElement('div'));
  body.className = 'weft-example-body';
  const editor = host.mountEditor?.(body, code, { editable }) ?? plainEditor(body, code, editable);
  const buttons = example.appendChild(document.createElement('div'));
  buttons.className = 'weft-example-buttons';
  const play = buttons.appendChild(document.createElement('button'));
  play.type = 'button';
  play.className = 'weft-example-play';
  play.textContent = '▶ Play';
  play.title = 'Play this example';
  play.addEventListener('click', () => void host.play(editor.getCode(), example));
  if (host.stop !== undefined) {
    const stop = buttons.appendChild(document.createElement('button'));
    stop.type = 'button';
    stop.className = 'weft-example-stop';
    stop.textContent = '■ Stop';
    stop.addEventListener('click', () => host.stop?.());
  }
  return editor;
}
