/**
 * Who last wrote in and who last evaluated each block of a room's code, shown at the end of the
 * block's label line (and of the first line, for the whole document's evaluation): the room's
 * document says it (its writers and its log), the editor shows it.
 */
import { RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { ySyncAnnotation } from 'y-codemirror.next';
import { blockAt, labelOf } from '../../editor/block.ts';
import type { LogEntry } from './evaluation-log.ts';

/** The log's name for the whole document. */
const WHOLE = '';

/** What is shown after each label line (label → text; '' for the first line: the whole document's evaluation). */
export const setAuthors = StateEffect.define<ReadonlyMap<string, string>>();

/**
 * The labels of the blocks the performer's own edits in `update` touched (the room's edits,
 * applied by the binding, are not theirs).
 */
export function labelsEdited(update: ViewUpdate): string[] {
  const labels = new Set<string>();
  for (const tr of update.transactions) {
    if (!tr.docChanged || tr.annotation(ySyncAnnotation) !== undefined) continue;
    const doc = tr.newDoc.toString();
    tr.changes.iterChangedRanges((_fromA, _toA, fromB) => {
      const label = blockAt(doc, fromB)?.label;
      if (label !== undefined) labels.add(label);
    });
  }
  return [...labels];
}

/** The latest performer of each block in `entries`: a whole document's evaluation counts for every block evaluated before it. */
export function lastAuthors(entries: readonly LogEntry[], labels: readonly string[]): Map<string, string> {
  const latest = new Map<string, LogEntry>();
  const later = (a: LogEntry, b: LogEntry | undefined): boolean => b === undefined || a.cycle > b.cycle || (a.cycle === b.cycle && a.at > b.at);
  for (const entry of entries) if (later(entry, latest.get(entry.block))) latest.set(entry.block, entry);
  const whole = latest.get(WHOLE);
  const authors = new Map<string, string>();
  if (whole !== undefined) authors.set(WHOLE, whole.performer);
  for (const label of labels) {
    const own = latest.get(label);
    const last = whole !== undefined && later(whole, own) ? whole : own;
    if (last !== undefined) authors.set(label, last.performer);
  }
  return authors;
}

class Author extends WidgetType {
  constructor(readonly text: string) {
    super();
  }
  override eq(other: Author): boolean {
    return other.text === this.text;
  }
  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'cm-weft-room-author';
    span.textContent = this.text;
    return span;
  }
}

/** The labels of the blocks in a document, in order. */
export function labelsIn(doc: string): string[] {
  return doc.split('\n').flatMap((line) => labelOf(line) ?? []);
}

/** The editor's part: shows the text {@link setAuthors} gives after each label line. */
export function authorsField(): Extension {
  const decorate = (view: { doc: { lines: number; line(n: number): { from: number; to: number; text: string } } }, authors: ReadonlyMap<string, string>): DecorationSet => {
    const builder = new RangeSetBuilder<Decoration>();
    const doc = view.doc;
    let wholeShown = false;
    for (let n = 1; n <= doc.lines; n++) {
      const line = doc.line(n);
      const label = labelOf(line.text);
      const name = label === undefined ? (n === 1 ? authors.get(WHOLE) : undefined) : authors.get(label);
      if (name === undefined || (label === undefined && wholeShown)) continue;
      wholeShown ||= label === undefined;
      builder.add(line.to, line.to, Decoration.widget({ widget: new Author(name), side: 1 }));
    }
    return builder.finish();
  };
  const field = StateField.define<{ authors: ReadonlyMap<string, string>; decorations: DecorationSet }>({
    create: () => ({ authors: new Map(), decorations: Decoration.none }),
    update(value, tr) {
      let authors = value.authors;
      for (const effect of tr.effects) if (effect.is(setAuthors)) authors = effect.value;
      if (authors === value.authors && !tr.docChanged) return value;
      return { authors, decorations: decorate(tr.state, authors) };
    },
    provide: (f) => EditorView.decorations.from(f, (value) => value.decorations),
  });
  return [field, EditorView.baseTheme({ '.cm-weft-room-author': { opacity: '0.55', fontStyle: 'italic', marginLeft: '1.5em', fontSize: '0.85em' } })];
}
