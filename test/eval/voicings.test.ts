/**
 * The voicing dictionaries of an evaluation: what one program adds or sets (`addVoicings`,
 * `setVoicingRange`, `setDefaultVoicings`, and the voice leading of `voicings()`) stays its own,
 * however the performer realm interleaves the queries of several programs; bad arguments give
 * errors placed at the code.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, EvalError, type Evaluation } from '../../src/eval/index.ts';
import type { Pattern } from '../../src/pattern/index.ts';
import { errorOf } from './helpers.ts';

/** The notes of each event over `[0, cycles)`, one string per event onset, in time order. */
function notes(pattern: Pattern<unknown>, begin: number, end: number): string[] {
  const byOnset = new Map<string, string[]>();
  for (const hap of pattern.queryArc(begin, end)) {
    const value = hap.value as { note?: unknown } | string;
    const note = typeof value === 'string' ? value : String(value.note);
    const key = hap.whole?.begin.toString() ?? '';
    byOnset.set(key, [...(byOnset.get(key) ?? []), note]);
  }
  return [...byOnset.values()].map((chord) => chord.join(' '));
}

/** Queries cycle by cycle, as the scheduler does. */
function played(evaluation: Evaluation, cycles: number): string[] {
  return Array.from({ length: cycles }, (_, i) => notes(evaluation.pattern, i, i + 1)).flat();
}

const PROGRESSION = '"<C^7 A7 Dm7 G7 C^7 F^7 Bb7 Eb^7>"';

describe("an evaluation's voicing dictionaries", () => {
  it('stay its own: another program sees the built-in ones, whatever order they are queried in', () => {
    const mine = `addVoicings('shells', { '^7': ['1P 3M 7M'], '7': ['1P 3M 7m'], m7: ['1P 3m 7m'] })
setDefaultVoicings('shells')
setVoicingRange('lefthand', ['C3', 'C5'])
$: chord(${PROGRESSION}).voicing()
$: ${PROGRESSION}.voicings('lefthand').note()`;
    const theirs = `$: chord(${PROGRESSION}).voicing()
$: ${PROGRESSION}.voicings('lefthand').note()`;
    const alone = [played(evaluate(mine), 8), played(evaluate(theirs), 8)];
    // Both evaluated first, then queried in turn, a cycle each, as the performer realm does.
    const [a, b] = [evaluate(mine), evaluate(theirs)];
    const interleaved: [string[], string[]] = [[], []];
    for (let cycle = 0; cycle < 8; cycle++) {
      interleaved[0].push(...notes(a.pattern, cycle, cycle + 1));
      interleaved[1].push(...notes(b.pattern, cycle, cycle + 1));
    }
    expect(interleaved).toEqual(alone);
    // The other program plays the built-in ireal voicings and lefthand's own range.
    expect(alone[0]).not.toEqual(alone[1]);
    expect(errorOf(`$: chord("C^7").dict('shells').voicing()\nsetDefaultVoicings('shells')`).message).toMatch(/unknown dictionary "shells"/);
  });

  it('lead voicings() from the chord before in the same program only', () => {
    const code = `setVoicingRange('lefthand', ['C3', 'C5'])\n$: "<G7 C^7>".voicings('lefthand').note()`;
    const fresh = played(evaluate(code), 2);
    const first = evaluate(code);
    const second = evaluate(code);
    notes(first.pattern, 0, 1);
    // The second program's C^7 leads from its own G7, not from the first program's.
    expect(notes(second.pattern, 0, 1)).toEqual([fresh[0]]);
    expect(notes(second.pattern, 1, 2)).toEqual([fresh[1]]);
  });

  it('take double-quoted strings as their text', () => {
    const single = played(evaluate(`setVoicingRange('lefthand', ['C3', 'C5'])\n$: ${PROGRESSION}.voicings('lefthand').note()`), 8);
    const double = played(evaluate(`setVoicingRange("lefthand", ["C3", "C5"])\n$: ${PROGRESSION}.voicings("lefthand").note()`), 8);
    expect(double).toEqual(single);
    const added = evaluate(`addVoicings("mine", { m7: ["1P 3m 7m"] })\nsetDefaultVoicings("mine")\n$: chord("Dm7").voicing()`);
    expect(notes(added.pattern, 0, 1)).toEqual(['D4 F4 C5']);
  });
});

describe('voicing errors', () => {
  /** The message and the code it is placed at, of the error querying the evaluation throws. */
  function queryError(code: string): [string, string] {
    const evaluation = evaluate(code);
    let thrown: unknown;
    try {
      evaluation.pattern.queryArc(0, 2);
    } catch (error) {
      thrown = error;
    }
    const located = evaluation.locate(thrown);
    expect(located).toBeInstanceOf(EvalError);
    return [located!.message, code.slice(located!.from, located!.to)];
  }

  it('name the dictionaries that exist, placed at the call or at the name in mini-notation', () => {
    const [message, at] = queryError(`"<C^7 A7>".voicings('nope').note()`);
    expect(message).toBe('voicings: unknown dictionary "nope" (known: ireal, lefthand, triads, guidetones, legacy)');
    expect(at).toBe('voicings');
    expect(queryError(`"<C^7 A7>".voicings("<lefthand nope>").note()`)).toEqual([message, 'nope']);
    expect(queryError(`chord("<C^7 A7>").dict("<lefthand nope>").voicing()`)[0]).toMatch(/^voicing: unknown dictionary "nope" \(known: ireal, lefthand/);
    expect(errorOf(`addVoicings('mine', { m7: ['1P 3m 7m'] })\nsetDefaultVoicings('yours')`).message).toBe(
      'setDefaultVoicings: unknown dictionary "yours" (known: ireal, lefthand, triads, guidetones, legacy, mine)',
    );
    expect(errorOf(`setVoicingRange('nope', ['C3', 'C5'])`).message).toMatch(/^setVoicingRange: unknown dictionary "nope" \(known: /);
  });

  it('place a chord the dictionary lacks at the chord', () => {
    const [message, at] = queryError(`"<C^7 Cx>".voicings('lefthand').note()`);
    expect(message).toMatch(/^voicings: the "lefthand" dictionary has no chord "Cx" \(its symbols: "m7" "7" "\^7"/);
    expect(at).toBe('Cx');
  });

  it('say what the setters need, at the call', () => {
    const range = errorOf(`note("c")\nsetVoicingRange('lefthand', ['C3'])`);
    expect(range.message).toBe(`setVoicingRange: a range is a low and a high note, like ['F3', 'A4'], not ["C3"]`);
    expect([range.line, range.column]).toEqual([2, 1]);
    expect(errorOf(`setVoicingRange('lefthand', ['C5', 'C3'])`).message).toMatch(/a range is a low and a high note/);
    expect(errorOf(`addVoicings('mine', 'm7')`).message).toMatch(/^addVoicings: a voicing dictionary is an object of chord symbols/);
    expect(errorOf(`addVoicings('mine', { m7: ['1P 3m zz'] })`).message).toBe(
      `addVoicings: "m7" has a voicing that is not semitones or intervals: "1P 3m zz" (write '0 4 7' or '3M 5P 8P')`,
    );
    expect(errorOf(`addVoicings(3, { m7: ['1P 3m 7m'] })`).message).toBe('addVoicings needs a dictionary name (a string), not the number 3');
    expect(errorOf(`note("c").voicings()`).message).toMatch(/^voicings: needs a dictionary name, like \.voicings\('lefthand'\)/);
  });
});
