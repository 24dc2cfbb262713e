// The performer's editor: CodeMirror 6 extensions, each a function returning an Extension.
// Plain data in and out; the app (src/app) wires them to the runtime.
export { blockAt, labelOf, type CodeBlock } from './block.ts';
// The problems shown (errors.ts) are not re-exported here: the app loads them with the first one.
export {
  evalKeys,
  evalKeysConfig,
  defaultEvalKeys,
  blockToEvaluate,
  evaluateDocument,
  evaluateBlock,
  stopPlayback,
  muteBlock,
  soloBlock,
  type EvalKeysConfig,
  type EvalKeyBindings,
  type Keys,
  type LabelledBlock,
} from './eval-keys.ts';
export { evalFlash, flashRange, flashDuration } from './flash.ts';
export {
  fontSize,
  fontSizeConfig,
  fontSizeFacet,
  fontSizeEffect,
  fontSizeKeymap,
  setFontSize,
  getFontSize,
  increaseFontSize,
  decreaseFontSize,
  resetFontSize,
  DEFAULT_FONT_SIZE,
  type FontSizeConfig,
  type Pixels,
} from './font-size.ts';
export {
  soundingHighlight,
  soundingHighlightConfig,
  soundingField,
  soundingRanges,
  markEvaluated,
  addSoundingHaps,
  cancelSoundingHaps,
  dropSoundingHaps,
  clearSoundingHaps,
  advanceSounding,
  pushSoundingHaps,
  type SoundingBatch,
  type SoundingHighlightConfig,
} from './highlight.ts';
// The vim and emacs bindings themselves (keymaps.ts: keymapMode, setKeymapMode, ...) are not
// re-exported here, so that importing the editor does not load them: import that file lazily.
export { keymapModes, type KeymapMode } from './keymap-modes.ts';
export {
  persistence,
  restoreDocument,
  localStorageDocument,
  DEFAULT_STORAGE_KEY,
  type DocumentStorage,
  type PersistenceOptions,
} from './persistence.ts';
export {
  SoundingSet,
  EvaluationSnapshots,
  holdHap,
  mapRange,
  type SoundingHap,
  type HeldHap,
  type Seconds,
} from './sounding.ts';
export type { TextRange } from './text-range.ts';
export { weftEditorSetup, weftTheme, weftHighlightStyle, weftColors, type WeftEditorSetupOptions } from './theme.ts';
export { loadEditing } from './editing.ts';
