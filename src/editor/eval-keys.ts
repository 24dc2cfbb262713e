/**
 * The performance keys: evaluate everything, evaluate the block under the cursor, stop, and mute
 * or solo a labelled block. The editor only finds the code; what to do with it is the app's
 * business, given as callbacks.
 */
import { Facet, Prec, type EditorState, type Extension, type StateEffect } from '@codemirror/state';
import { keymap, type Command, type KeyBinding } from '@codemirror/view';
import { blockAt, labelOf, type CodeBlock } from './block.ts';
import { evalFlash, flashRange } from './flash.ts';

/** A block that has a label: the only kind that can be muted or soloed. */
export interface LabelledBlock extends CodeBlock {
  readonly label: string;
}

/** Key names in CodeMirror's notation (`Mod-Enter`, `Alt-Enter`, `Ctrl-Shift-m`), one or several. */
export type Keys = string | readonly string[];

/** Which keys run which performance command. */
export interface EvalKeyBindings {
  /** Evaluate the whole document: Ctrl/Cmd + Enter. */
  readonly evaluate: Keys;
  /** Evaluate the block under the cursor (or the selection): Alt + Enter. */
  readonly evaluateBlock: Keys;
  /** Stop playing: Ctrl/Cmd + `.`. */
  readonly stop: Keys;
  /** Mute or unmute the labelled block under the cursor: Ctrl + Shift + M. */
  readonly mute: Keys;
  /** Solo or unsolo the labelled block under the cursor: Ctrl + Shift + S. */
  readonly solo: Keys;
}

/** The app's side of {@link evalKeys}: callbacks, and optionally other keys. */
export interface EvalKeysConfig {
  /** Called with the whole document. */
  readonly onEvaluate?: (code: string) => void;
  /** Called with the block under the cursor, or with the selection when there is one. */
  readonly onEvaluateBlock?: (block: CodeBlock) => void;
  /** Called to stop all sound. */
  readonly onStop?: () => void;
  /** Called with the labelled block under the cursor to mute or unmute it. */
  readonly onMute?: (block: LabelledBlock) => void;
  /** Called with the labelled block under the cursor to solo or unsolo it. */
  readonly onSolo?: (block: LabelledBlock) => void;
  /** Keys that replace the {@link defaultEvalKeys}, command by command. */
  readonly keys?: Partial<EvalKeyBindings>;
  /** Flash the evaluated range (true by default). */
  readonly flash?: boolean;
}

/** The standard performance keys (`Mod` is Cmd on macOS and Ctrl elsewhere). */
export const defaultEvalKeys: EvalKeyBindings = {
  evaluate: 'Mod-Enter',
  evaluateBlock: 'Alt-Enter',
  stop: 'Mod-.',
  mute: 'Ctrl-Shift-m',
  solo: 'Ctrl-Shift-s',
};

/** The configuration of {@link evalKeys}; the first one given wins. */
export const evalKeysConfig = Facet.define<EvalKeysConfig, EvalKeysConfig>({
  combine: (values) => values[0] ?? {},
});

/**
 * The block that Alt+Enter evaluates in `state`: the main selection when it is not empty
 * (labelled if it starts with a label at the start of a line), else {@link blockAt} the cursor.
 */
export function blockToEvaluate(state: EditorState): CodeBlock | undefined {
  const { from, to, head } = state.selection.main;
  if (from === to) return blockAt(state.doc.toString(), head);
  const text = state.sliceDoc(from, to);
  const atLineStart = state.doc.lineAt(from).from === from;
  return { text, from, to, label: atLineStart ? labelOf(text) : undefined };
}

function labelledBlockAt(state: EditorState): LabelledBlock | undefined {
  const block = blockAt(state.doc.toString(), state.selection.main.head);
  return block?.label === undefined ? undefined : { ...block, label: block.label };
}

function flash(state: EditorState, from: number, to: number): StateEffect<unknown>[] {
  return state.facet(evalKeysConfig).flash === false ? [] : [flashRange.of({ from, to })];
}

/** Gives the whole document to `onEvaluate`, flashing it. */
export const evaluateDocument: Command = (view) => {
  const { onEvaluate } = view.state.facet(evalKeysConfig);
  if (!onEvaluate) return false;
  const code = view.state.doc.toString();
  view.dispatch({ effects: flash(view.state, 0, code.length) });
  onEvaluate(code);
  return true;
};

/** Gives the block under the cursor (or the selection) to `onEvaluateBlock`, flashing it. */
export const evaluateBlock: Command = (view) => {
  const { onEvaluateBlock } = view.state.facet(evalKeysConfig);
  if (!onEvaluateBlock) return false;
  const block = blockToEvaluate(view.state);
  if (block) {
    view.dispatch({ effects: flash(view.state, block.from, block.to) });
    onEvaluateBlock(block);
  }
  return true;
};

/** Calls `onStop`. */
export const stopPlayback: Command = (view) => {
  const { onStop } = view.state.facet(evalKeysConfig);
  if (!onStop) return false;
  onStop();
  return true;
};

/** Gives the labelled block under the cursor to `onMute`; does nothing outside a labelled block. */
export const muteBlock: Command = (view) => {
  const { onMute } = view.state.facet(evalKeysConfig);
  const block = onMute && labelledBlockAt(view.state);
  if (!onMute || !block) return false;
  onMute(block);
  return true;
};

/** Gives the labelled block under the cursor to `onSolo`; does nothing outside a labelled block. */
export const soloBlock: Command = (view) => {
  const { onSolo } = view.state.facet(evalKeysConfig);
  const block = onSolo && labelledBlockAt(view.state);
  if (!onSolo || !block) return false;
  onSolo(block);
  return true;
};

function bindings(keys: Keys, run: Command, callback: unknown): KeyBinding[] {
  if (callback === undefined) return [];
  const list: readonly string[] = typeof keys === 'string' ? [keys] : keys;
  return list.map((key) => ({ key, run }));
}

/**
 * The performance keys, calling the app's callbacks: Ctrl/Cmd+Enter evaluates the document,
 * Alt+Enter the block under the cursor (see {@link blockAt}), Ctrl/Cmd+`.` stops, Ctrl+Shift+M and
 * Ctrl+Shift+S mute and solo the labelled block under the cursor. Keys whose callback is missing
 * are left to other bindings. These keys win over every other keymap, vim's and emacs' included.
 *
 * @example
 * evalKeys({ onEvaluate: (code) => runtime.evaluate(code), onStop: () => runtime.stop() })
 */
export function evalKeys(config: EvalKeysConfig): Extension {
  const keys = { ...defaultEvalKeys, ...config.keys };
  return [
    evalKeysConfig.of(config),
    Prec.highest(
      keymap.of([
        ...bindings(keys.evaluate, evaluateDocument, config.onEvaluate),
        ...bindings(keys.evaluateBlock, evaluateBlock, config.onEvaluateBlock),
        ...bindings(keys.stop, stopPlayback, config.onStop),
        ...bindings(keys.mute, muteBlock, config.onMute),
        ...bindings(keys.solo, soloBlock, config.onSolo),
      ]),
    ),
    config.flash === false ? [] : evalFlash(),
  ];
}
