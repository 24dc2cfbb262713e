/**
 * Inline visuals: a canvas under the line of each `._pianoroll()`, `._scope()`... call that the
 * last evaluation of its code asked for, as on strudel.cc. The editor only places the canvases
 * (block widgets that follow the edits, kept while their call is); what is drawn on them, and
 * when, is the app's (it finds them with {@link inlineCanvases}). Not in the editor's index: the
 * app loads it with the first evaluation that asks for a visual.
 */
import { StateEffect, StateField, type EditorState, type Extension, type Text } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';

/** A visual drawn under its call. */
export interface InlineVisual {
  /** Unique while it is shown: names its canvas. */
  readonly id: string;
  readonly kind: string;
  readonly options: Readonly<Record<string, string | number | boolean>>;
  /** The call in the current document (follows the edits). */
  readonly from: number;
  readonly to: number;
  /** What the app routes haps by: the evaluation's key and the call's place in the code it sent. */
  readonly key: string;
  readonly sent: { readonly start: number; readonly end: number };
}

/** Replaces the inline visuals whose call is in `[from, to]` (the code evaluated) with `visuals`. */
export const setInlineVisuals = StateEffect.define<{ readonly from: number; readonly to: number; readonly visuals: readonly InlineVisual[] }>();

/** The height of a visual's canvas, in CSS pixels, unless its options say `height`. */
export const DEFAULT_HEIGHT = 100;

/** Taller defaults for the views that need it: time running down, and the round ones. */
const HEIGHTS: Readonly<Record<string, number>> = { wordfall: 240, spiral: 160, pitchwheel: 160 };

class VisualWidget extends WidgetType {
  constructor(readonly visual: InlineVisual) {
    super();
  }

  override eq(other: VisualWidget): boolean {
    return other.visual.id === this.visual.id;
  }

  override get estimatedHeight(): number {
    return heightOf(this.visual);
  }

  override toDOM(view: EditorView): HTMLElement {
    const frame = document.createElement('div');
    frame.className = `cm-weft-visual cm-weft-visual-${this.visual.kind}`;
    const canvas = document.createElement('canvas');
    canvas.dataset['visual'] = this.visual.id;
    canvas.setAttribute('role', 'img');
    // Named through the editor's phrases, which the app gives in the performer's language.
    canvas.setAttribute('aria-label', view.state.phrase('$1 of the code above', this.visual.kind));
    canvas.style.height = `${heightOf(this.visual)}px`;
    frame.append(canvas);
    return frame;
  }
}

function heightOf(visual: InlineVisual): number {
  const asked = visual.options['height'];
  return typeof asked === 'number' && asked >= 20 && asked <= 600 ? asked : (HEIGHTS[visual.kind] ?? DEFAULT_HEIGHT);
}

function decorate(visuals: readonly InlineVisual[], doc: Text): DecorationSet {
  const ranges = visuals.map((visual) => {
    const end = doc.lineAt(Math.min(visual.to, doc.length)).to;
    return Decoration.widget({ widget: new VisualWidget(visual), block: true, side: 1 }).range(end);
  });
  return Decoration.set(ranges, true);
}

interface Shown {
  readonly visuals: readonly InlineVisual[];
  readonly decorations: DecorationSet;
}

const visualsField = StateField.define<Shown>({
  create: () => ({ visuals: [], decorations: Decoration.none }),
  update(shown, tr) {
    let list = shown.visuals;
    if (tr.docChanged) {
      // A visual whose call was deleted goes with it.
      list = list.flatMap((v) => {
        const from = tr.changes.mapPos(v.from, 1);
        const to = tr.changes.mapPos(v.to, -1);
        return to > from ? [{ ...v, from, to }] : [];
      });
    }
    for (const effect of tr.effects) {
      if (!effect.is(setInlineVisuals)) continue;
      const { from, to, visuals } = effect.value;
      list = [...list.filter((v) => v.to <= from || v.from >= to), ...visuals];
    }
    if (list === shown.visuals) return shown;
    return { visuals: list, decorations: decorate(list, tr.newDoc) };
  },
  provide: (field) => EditorView.decorations.from(field, (shown) => shown.decorations),
});

const theme = EditorView.baseTheme({
  '.cm-weft-visual': { padding: '2px 0 4px' },
  '.cm-weft-visual canvas': { display: 'block', width: '100%', borderRadius: '3px', background: '#00000033' },
});

/** The inline visuals: dispatch {@link setInlineVisuals} after each evaluation. */
export function inlineVisuals(): Extension {
  return [visualsField, theme];
}

/** The inline visuals shown in `state` (none without the extension). */
export function shownVisuals(state: EditorState): readonly InlineVisual[] {
  return state.field(visualsField, false)?.visuals ?? [];
}

/** True when `state` has the extension. */
export function hasInlineVisuals(state: EditorState): boolean {
  return state.field(visualsField, false) !== undefined;
}

/** The canvases of the visuals shown in `view` (those scrolled out of view are not in the DOM), with their visual. */
export function inlineCanvases(view: EditorView): { canvas: HTMLCanvasElement; visual: InlineVisual }[] {
  const byId = new Map(shownVisuals(view.state).map((v) => [v.id, v]));
  const found: { canvas: HTMLCanvasElement; visual: InlineVisual }[] = [];
  for (const canvas of view.contentDOM.querySelectorAll<HTMLCanvasElement>('canvas[data-visual]')) {
    const visual = byId.get(canvas.dataset['visual'] ?? '');
    if (visual !== undefined) found.push({ canvas, visual });
  }
  return found;
}
