import { describe, expect, it } from 'vitest';
import { findBlock } from '../../src/app/room-hooks.ts';

describe('finding another performer\'s block in this copy of the code', () => {
  const doc = '$drums: s("bd*4")\n\n$bass: note("c2")\n  .s("sawtooth")\n\n$drums: s("hh*8")';

  it('finds it by its label, and the one with the same code when the label repeats', () => {
    expect(findBlock(doc, '$bass', 'x')).toEqual({ text: '$bass: note("c2")\n  .s("sawtooth")', from: 19, to: 53, label: '$bass' });
    expect(findBlock(doc, '$drums', '$drums: s("bd*4")')?.from).toBe(0);
    expect(findBlock(doc, '$drums', '$drums: s("hh*8")')?.from).toBe(55);
  });

  it('places a block this copy does not have at the start, to be played all the same', () => {
    expect(findBlock(doc, '$keys', '$keys: note("e4")')).toEqual({ text: '$keys: note("e4")', from: 0, to: 17, label: '$keys' });
  });
});
