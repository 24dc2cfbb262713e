/**
 * How the performer's editor looks: a dark, high-contrast theme that reads on a projector,
 * TypeScript syntax colours, and {@link weftEditorSetup}, the bundle of everyday editing features.
 */
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import {
  crosshairCursor,
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import { editingLater } from './editing.ts';
import { fontSize, type FontSizeConfig } from './font-size.ts';

/** The colours of {@link weftTheme} and {@link weftHighlightStyle}, exported for the app's panels. */
export const weftColors = {
  background: '#0b0b0e',
  foreground: '#f4f4f4',
  gutter: '#9a9aa4',
  activeLine: '#ffffff12',
  selection: '#2f5fb3',
  cursor: '#ffd23f',
  comment: '#a8a8b3',
  keyword: '#ff7ab6',
  string: '#a6f07a',
  number: '#ffb057',
  call: '#6fd3ff',
  label: '#ffd23f',
  type: '#c9a7ff',
  invalid: '#ff5c5c',
  warning: '#ffb000',
} as const;

const c = weftColors;

/** The dark editor chrome: background, gutters, cursor, selection, panels and tooltips. */
export const weftTheme: Extension = EditorView.theme(
  {
    '&': { color: c.foreground, backgroundColor: c.background, height: '100%' },
    '.cm-scroller': {
      fontFamily: '"JetBrains Mono", "Fira Code", "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace',
      lineHeight: '1.45',
    },
    '.cm-content': { caretColor: c.cursor, padding: '0.5em 0' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: c.cursor, borderLeftWidth: '3px' },
    '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
      { backgroundColor: c.selection },
    '.cm-activeLine': { backgroundColor: c.activeLine },
    '.cm-gutters': { backgroundColor: c.background, color: c.gutter, border: 'none' },
    '.cm-activeLineGutter': { backgroundColor: c.activeLine, color: c.foreground },
    '.cm-lineNumbers .cm-gutterElement': { padding: '0 0.6em 0 0.8em' },
    '&.cm-focused .cm-matchingBracket': { backgroundColor: '#ffffff30', outline: `1px solid ${c.foreground}` },
    '&.cm-focused .cm-nonmatchingBracket': { backgroundColor: '#ff5c5c55' },
    '.cm-selectionMatch': { backgroundColor: '#ffffff22' },
    '.cm-searchMatch': { backgroundColor: '#ffd23f44', outline: `1px solid ${c.cursor}` },
    '.cm-panels': { backgroundColor: '#17171c', color: c.foreground },
    '.cm-tooltip': { backgroundColor: '#17171c', color: c.foreground, border: `1px solid ${c.gutter}` },
    '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: c.selection, color: c.foreground },
  },
  { dark: true },
);

/** Syntax colours for TypeScript on a dark background; labels (`$:`) and strings stand out most. */
export const weftHighlightStyle: HighlightStyle = HighlightStyle.define([
  { tag: [t.comment, t.lineComment, t.blockComment], color: c.comment, fontStyle: 'italic' },
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: c.keyword },
  { tag: [t.string, t.special(t.string)], color: c.string },
  { tag: [t.number, t.bool, t.null, t.atom], color: c.number },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: c.call },
  { tag: t.labelName, color: c.label, fontWeight: 'bold' },
  { tag: [t.typeName, t.className, t.definition(t.typeName)], color: c.type },
  { tag: [t.propertyName, t.definition(t.propertyName)], color: '#9fe3ff' },
  { tag: [t.variableName, t.definition(t.variableName)], color: c.foreground },
  { tag: [t.operator, t.punctuation, t.paren, t.brace, t.squareBracket, t.derefOperator], color: '#d6d6dc' },
  { tag: t.regexp, color: c.number },
  { tag: t.invalid, color: c.invalid },
]);

/** Options for {@link weftEditorSetup}. */
export interface WeftEditorSetupOptions {
  /** The font size and its bounds (see {@link fontSize}). */
  readonly fontSize?: Partial<FontSizeConfig>;
}

/**
 * The editor's everyday features in one bundle: the dark projector theme, TypeScript highlighting,
 * line numbers, bracket matching and closing, undo history, search, completion, the standard keys
 * and an adjustable font size. The evaluation keys, highlights, errors, keymap choice and
 * persistence are separate extensions for the app to add. Bracket closing, completion, search,
 * TypeScript's indentation, the undo history and the standard keys load at the first key pressed
 * (see editing.ts).
 *
 * @example
 * new EditorView({ doc: 'note("c [e g]").s("sawtooth")', extensions: weftEditorSetup(), parent })
 */
export function weftEditorSetup(options: WeftEditorSetupOptions = {}): Extension {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    indentOnInput(),
    syntaxHighlighting(weftHighlightStyle),
    bracketMatching(),
    rectangularSelection(),
    crosshairCursor(),
    highlightActiveLine(),
    editingLater(),
    weftTheme,
    fontSize(options.fontSize),
  ];
}
