/**
 * Strudel's older way of voicing chords: `"<C^7 A7 Dm7 G7>".voicings('lefthand')` plays each chord
 * as a voicing of a named dictionary that lies within the dictionary's range, led from the voicing
 * before it (the one whose top note is nearest the last one's), as spelled note names.
 */
import { ArgumentError, locateError } from '../errors.ts';
import { Hap } from '../hap.ts';
import { Pattern } from '../pattern.ts';
import { withArg, type PatternArg } from '../reify.ts';
import { transposePitch } from './interval.ts';
import { parsePitch, pitchName, pitchToMidi, type Midi, type Pitch } from './note.ts';
import { parseChord } from './voicing.ts';
import type { Voicing } from './voicing-dictionary.ts';
import { currentVoicingContext, type VoicingContext, type VoicingRange, type VoicingSet } from './voicing-registry.ts';

/** A voicing placed at an octave: its notes' names and MIDI numbers, low to high. */
interface Placed {
  readonly names: readonly string[];
  readonly midi: readonly Midi[];
}

// The root at an octave, and the notes of a voicing built on it (spelled by their intervals).
function place(root: Pitch, octave: number, voicing: Voicing): Placed {
  const notes = voicing.map((interval) => transposePitch({ ...root, octave }, interval));
  return { names: notes.map(pitchName), midi: notes.map((note) => pitchToMidi(note)) };
}

/**
 * Every placement of a chord's voicings within a range: the dictionary's voicings in order, each
 * from its lowest placement up. Undefined when the dictionary has no such chord symbol.
 */
function placements(chord: string, set: VoicingSet): Placed[] | undefined {
  const [root, symbol] = parseChord(chord);
  const voicings = set.dictionary.get(symbol);
  const pitch = parsePitch(root);
  if (voicings === undefined || pitch === undefined) return undefined;
  const { low, high }: VoicingRange = set.range;
  const placed: Placed[] = [];
  for (const voicing of voicings) {
    const first = voicing[0];
    if (first === undefined) continue;
    // The lowest octave of the root that puts the bottom note at or above `low`.
    const bottomAtOctaveZero = pitchToMidi({ ...pitch, octave: 0 }) + first.semitones;
    for (let octave = Math.ceil((low - bottomAtOctaveZero) / 12); ; octave++) {
      const candidate = place(pitch, octave, voicing);
      if (candidate.midi[candidate.midi.length - 1]! > high) break;
      placed.push(candidate);
    }
  }
  return placed;
}

/**
 * The voicing `voicings` plays for a chord after `last`: the first placement before any voicing,
 * else the one whose top note is nearest the last one's (the earlier on a tie). As in Strudel, after
 * a chord with no voicing (`last` empty) that is the lowest one, as if the last top note were 0.
 */
function leadVoicing(placed: readonly Placed[], last: readonly Midi[] | undefined): Placed | undefined {
  if (last === undefined) return placed[0];
  const lastTop = last[last.length - 1] ?? 0;
  let best: Placed | undefined;
  let bestDistance = Infinity;
  for (const candidate of placed) {
    const distance = Math.abs(candidate.midi[candidate.midi.length - 1]! - lastTop);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function voiceChord(context: VoicingContext, name: string, set: VoicingSet, chord: unknown): readonly string[] {
  if (typeof chord !== 'string') throw new ArgumentError(`voicings: needs chord names, like "<C^7 A7 Dm7 G7>".voicings('lefthand'), not ${JSON.stringify(chord)}`);
  const placed = placements(chord, set);
  if (placed === undefined) {
    throw new ArgumentError(`voicings: the "${name}" dictionary has no chord "${chord}" (its symbols: ${[...set.dictionary.keys()].map((s) => JSON.stringify(s)).join(' ')})`);
  }
  // As in Strudel, a chord with no voicing in the range is silent (and the next takes its lowest).
  const chosen = leadVoicing(placed, context.last);
  context.last = chosen?.midi ?? [];
  return chosen?.names ?? [];
}

function voiced<T>(context: VoicingContext, name: string, pat: Pattern<T>, unknown: () => Error): Pattern<string> {
  return new Pattern((state) => {
    if (!context.has(name)) throw unknown();
    const set = context.get(name, 'voicings');
    return pat.query(state).flatMap((hap) => {
      let notes: readonly string[];
      try {
        notes = voiceChord(context, name, set, hap.value);
      } catch (error) {
        throw locateError(error, hap.context.locations);
      }
      return notes.map((note) => new Hap(hap.whole, hap.part, note, hap.context));
    });
  }, pat.steps);
}

/**
 * Voices chord names with a named dictionary, Strudel's older way: each chord becomes the spelled
 * note names of a voicing that lies within the dictionary's range (`lefthand` F3 to A4, the others
 * D3 to A4; see `setVoicingRange`), the one whose top note is nearest the previous voicing's.
 * The dictionaries are `lefthand`, `legacy`, `triads`, `guidetones`, `ireal` and those added with
 * `addVoicings`. As in Strudel, the voice leading follows the order in which chords are played
 * (all the `voicings` of a program share it), and a chord with no voicing in the range is silent;
 * a chord symbol the dictionary lacks is an error placed at the chord (Strudel plays nothing).
 *
 * @method
 * @example
 * "<C^7 A7 Dm7 G7>".voicings('lefthand').note()
 */
export function voicings<T>(dictionary: PatternArg<string>, pat: Pattern<T>): Pattern<string> {
  const context = currentVoicingContext();
  if (dictionary === undefined) {
    throw new ArgumentError(`voicings: needs a dictionary name, like .voicings('lefthand') (known: ${context.names().join(', ')})`);
  }
  if (typeof dictionary === 'string') {
    // A name (as in Strudel, not mini-notation), looked up when queried (the code may add it
    // later), with an error made now, so that its stack places it at this call.
    const unknown = new ReferenceError();
    const named = (): Error => Object.assign(unknown, { message: context.unknownMessage(dictionary, 'voicings') });
    return voiced(context, dictionary, pat, named);
  }
  // A pattern of names: an unknown one is placed at the name, in the string it was written in.
  const known = (name: unknown): string => (context.get(name, 'voicings'), name as string);
  return withArg(dictionary, pat, (name, p) => voiced(context, name, p, () => new ArgumentError(context.unknownMessage(name, 'voicings'))), known);
}
