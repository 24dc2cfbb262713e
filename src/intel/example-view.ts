/**
 * A runnable example on the reference and tutorial pages: its code (in an editor the app
 * provides, or a plain text area), a button that plays it and one that stops it, and, for an
 * example silent without the network, a mark that says why (see example-marks.ts).
 */
import type { ExampleMark } from './example-marks.ts';
import type { MarkWords, PageWords } from './page-words.ts';

/** An example's code view: the app may mount an editor with sounding highlights instead. */
export interface ExampleEditor {
  /** The code as the learner left it. */
  getCode(): string;
  /** Removes what the editor set up (e.g. destroys a CodeMirror view). */
  destroy?(): void;
}

/** What the pages need from the app to play examples. */
export interface ExampleHost {
  /** Plays performer code (replacing what plays); the example's element lets the app highlight it and show that it plays. */
  play(code: string, example: HTMLElement): void | Promise<void>;
  /** Stops the example, if it is what plays. */
  stop?(example: HTMLElement): void;
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

/**
 * What the mark of an example says.
 *
 * @example
 * markText({ kind: 'dirtSamples', sounds: ['casio'] }, words.marks)
 */
export function markText(mark: ExampleMark, words: MarkWords): string {
  switch (mark.kind) {
    case 'dirtSamples':
      return words.dirtSamples(mark.sounds.join(', '), mark.sounds.length);
    case 'strudelSounds':
      return words.strudelSounds(mark.sounds.join(', '), mark.sounds.length);
    default:
      return words[mark.kind];
  }
}

const button = (parent: HTMLElement, className: string, text: string, name: string, title: string): HTMLButtonElement => {
  const made = parent.appendChild(document.createElement('button'));
  made.type = 'button';
  made.className = className;
  made.textContent = text;
  made.title = title;
  made.setAttribute('aria-label', name);
  return made;
};

/** Renders one example with its Play (and Stop) button, and its mark when given; returns its editor. */
export function renderExample(parent: HTMLElement, code: string, host: ExampleHost, editable: boolean, words: PageWords, mark?: ExampleMark): ExampleEditor {
  const example = parent.appendChild(document.createElement('div'));
  example.className = 'weft-example';
  example.setAttribute('role', 'group');
  example.setAttribute('aria-label', words.example);
  const body = example.appendChild(document.createElement('div'));
  body.className = 'weft-example-body';
  const editor = host.mountEditor?.(body, code, { editable }) ?? plainEditor(body, code, editable);
  const buttons = example.appendChild(document.createElement('div'));
  buttons.className = 'weft-example-buttons';
  const play = button(buttons, 'weft-example-play', words.play, words.playName, words.playTitle);
  play.setAttribute('aria-pressed', 'false');
  play.addEventListener('click', () => void host.play(editor.getCode(), example));
  if (host.stop !== undefined) {
    const stop = button(buttons, 'weft-example-stop', words.stop, words.stopName, words.stopTitle);
    stop.addEventListener('click', () => host.stop?.(example));
  }
  if (mark !== undefined) {
    const note = example.appendChild(document.createElement('p'));
    note.className = 'weft-example-mark';
    note.dataset['mark'] = mark.kind;
    note.id = `weft-mark-${Math.random().toString(36).slice(2, 10)}`;
    note.textContent = markText(mark, words.marks);
    play.setAttribute('aria-describedby', note.id);
  }
  return editor;
}
