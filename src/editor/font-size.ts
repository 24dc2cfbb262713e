/**
 * The editor's font size, in pixels: a facet set by an effect, with commands (and keys) to make
 * the text larger or smaller during a performance.
 */
import { Compartment, Facet, type EditorState, type Extension, type StateEffect } from '@codemirror/state';
import { EditorView, keymap, type Command } from '@codemirror/view';

/** Pixels, the unit of {@link FontSizeConfig}. */
export type Pixels = number;

/** How {@link fontSize} starts, steps and is bounded. */
export interface FontSizeConfig {
  /** The size the editor starts at (and {@link resetFontSize} returns to). */
  readonly initial: Pixels;
  /** The smallest size {@link decreaseFontSize} reaches. */
  readonly min: Pixels;
  /** The largest size {@link increaseFontSize} reaches. */
  readonly max: Pixels;
  /** How much one increase or decrease changes the size. */
  readonly step: Pixels;
}

/** A size that reads from the back of a room on a projector. */
export const DEFAULT_FONT_SIZE: Pixels = 20;

const defaults: FontSizeConfig = { initial: DEFAULT_FONT_SIZE, min: 8, max: 96, step: 2 };

/** The configuration of {@link fontSize}; the first one given wins. */
export const fontSizeConfig = Facet.define<Partial<FontSizeConfig>, FontSizeConfig>({
  combine: (values) => ({ ...defaults, ...values[0] }),
});

/** The font size in effect (set through {@link fontSizeEffect}). */
export const fontSizeFacet = Facet.define<Pixels, Pixels>({
  combine: (values) => values[0] ?? DEFAULT_FONT_SIZE,
});

// A compartment rather than a state field: a theme change makes the editor measure its lines
// again, which a style attribute alone does not when the content is shorter than the editor.
const compartment = new Compartment();

function sized(size: Pixels): Extension {
  return [fontSizeFacet.of(size), EditorView.theme({ '&': { fontSize: `${size}px` } })];
}

function clamp(config: FontSizeConfig, size: Pixels): Pixels {
  return Math.min(config.max, Math.max(config.min, Math.round(size)));
}

/** The effect that sets the font size of `state`'s editor (clamped to the configured bounds). */
export function fontSizeEffect(state: EditorState, size: Pixels): StateEffect<unknown> {
  return compartment.reconfigure(sized(clamp(state.facet(fontSizeConfig), size)));
}

/** Sets the font size of an editor with {@link fontSize}. */
export function setFontSize(view: EditorView, size: Pixels): void {
  view.dispatch({ effects: fontSizeEffect(view.state, size) });
}

/** The font size of an editor state ({@link DEFAULT_FONT_SIZE} if {@link fontSize} is not installed). */
export function getFontSize(state: EditorState): Pixels {
  return state.facet(fontSizeFacet);
}

function stepFontSize(direction: 1 | -1): Command {
  return (view) => {
    if (compartment.get(view.state) === undefined) return false;
    const { step } = view.state.facet(fontSizeConfig);
    setFontSize(view, getFontSize(view.state) + direction * step);
    return true;
  };
}

/** Makes the text one step larger. */
export const increaseFontSize: Command = stepFontSize(1);

/** Makes the text one step smaller. */
export const decreaseFontSize: Command = stepFontSize(-1);

/** Returns the text to its initial size. */
export const resetFontSize: Command = (view) => {
  if (compartment.get(view.state) === undefined) return false;
  setFontSize(view, view.state.facet(fontSizeConfig).initial);
  return true;
};

/**
 * Keys for the font size: Ctrl/Cmd + `=` (or `+`) larger, Ctrl/Cmd + `-` smaller, Ctrl/Cmd + `0`
 * back to the initial size.
 */
export const fontSizeKeymap = [
  { key: 'Mod-=', run: increaseFontSize, preventDefault: true },
  { key: 'Mod-+', run: increaseFontSize, preventDefault: true },
  { key: 'Mod--', run: decreaseFontSize, preventDefault: true },
  { key: 'Mod-0', run: resetFontSize, preventDefault: true },
];

/**
 * A font size the performer can change with Ctrl/Cmd + `=` / `-` / `0`, starting at
 * {@link DEFAULT_FONT_SIZE} pixels unless `config` says otherwise.
 *
 * @example
 * new EditorView({ extensions: [weftEditorSetup(), fontSize({ initial: 24 })], parent })
 */
export function fontSize(config: Partial<FontSizeConfig> = {}): Extension {
  return [fontSizeConfig.of(config), compartment.of(sized(clamp({ ...defaults, ...config }, config.initial ?? defaults.initial))), keymap.of(fontSizeKeymap)];
}
