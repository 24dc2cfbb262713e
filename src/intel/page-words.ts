/**
 * The words the learning pages show around the docs (buttons, labels, marks), given by the app
 * from its message catalogue: this layer has none of its own, so the pages speak the app's
 * language. The docs' and the tutorial's own text come with the reference and the steps.
 */
import type { DocKind } from './reference-data.ts';

/** What an example's mark says, by {@link ExampleMark} kind. */
export interface MarkWords {
  /** It reads files from the network when it plays. */
  readonly network: string;
  /** It names sounds of Strudel's dirt-samples (`sounds`: the names, as one list). */
  readonly dirtSamples: (sounds: string, count: number) => string;
  /** It names sounds weft does not have, which Strudel loads from the network. */
  readonly strudelSounds: (sounds: string, count: number) => string;
  /** Its controls are for MIDI output. */
  readonly midi: string;
  /** Its events carry the code's own controls, no sound. */
  readonly noSound: string;
  /** It follows the mouse, which weft does not pass to the code. */
  readonly mouse: string;
}

/** The learning pages' words. */
export interface PageWords {
  /** An example's play button, its accessible name, and its title. */
  readonly play: string;
  readonly playName: string;
  readonly playTitle: string;
  /** An example's stop button, its accessible name, and its title. */
  readonly stop: string;
  readonly stopName: string;
  readonly stopTitle: string;
  /** The label of an example's group (its code and buttons). */
  readonly example: string;
  readonly marks: MarkWords;
  /** What a reference entry is, by kind, and that patterns have it as a method too. */
  readonly kinds: Readonly<Record<DocKind, string>>;
  readonly method: string;
  /** The reference's search box: placeholder (with the number of entries) and name. */
  readonly searchPlaceholder: (count: number) => string;
  readonly searchName: string;
  readonly showMore: string;
  readonly nothingMatches: (query: string) => string;
  /** The tutorial: "Try this: ..." (the step's own text given), the reference links, the next step. */
  readonly tryThis: (text: string) => string;
  readonly inReference: string;
  readonly next: (title: string) => string;
}
