/**
 * What the performance asks of a room it joined (src/app/room implements it, loaded only for a
 * room), and how another performer's block is found in this performer's copy of the code.
 */
import { blockAt, labelOf, type CodeBlock } from '../editor/block.ts';

/**
 * A room the performer joined (src/app/room): the performer's evaluations go to the room's log,
 * which says the cycle they play from on every peer, and the tempo is the room's.
 */
export interface RoomHooks {
  /**
   * The cycle an evaluation of the performer's made now plays from, on every page; undefined when
   * it plays here alone (a listener, or the room's clock not known yet).
   */
  nextCycle(): number | undefined;
  /**
   * Puts a good evaluation of the performer's code in the room's log, to play from `cycle` (of
   * the block labelled `label`, or of the whole document). A failed one is never put there: its
   * error is the performer's, shown to them alone, and the room plays on.
   */
  publish(code: string, label: string | undefined, cycle: number): void;
  /** Asks the room for a tempo, from cycle `cycle` (the next one when absent). */
  tempo(cps: number, cycle?: number): void;
  /** The room's tempo now. */
  cps(): number;
  /** Play pressed: the room's code as its log has it, or undefined to play the document. */
  play(): string | undefined;
}

/** The block labelled `label` in `doc` (the one whose code is `code` if several are), if any. */
export function findBlock(doc: string, label: string, code: string): CodeBlock | undefined {
  let found: CodeBlock | undefined;
  let offset = 0;
  for (const line of doc.split('\n')) {
    if (labelOf(line) === label) {
      const block = blockAt(doc, offset);
      if (block?.label === label && (found === undefined || block.text === code)) found = block;
    }
    offset += line.length + 1;
  }
  return found ?? { text: code, from: 0, to: Math.min(code.length, doc.length), label };
}
