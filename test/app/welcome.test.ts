// The welcome pattern: it must play well at one click.
import { describe, expect, it } from 'vitest';
import { bounce } from '../../src/app/bounce.ts';
import { WELCOME } from '../../src/app/welcome.ts';
import { blockAt } from '../../src/editor/index.ts';

describe('WELCOME', () => {
  it('renders cleanly: no warnings, well under full scale, not quiet', () => {
    const result = bounce(WELCOME, { cycles: 4, sampleRate: 16000 });
    expect(result.warnings).toEqual([]);
    expect(result.peakDb).toBeLessThan(-1);
    expect(result.peakDb).toBeGreaterThan(-12);
    expect(result.events.length).toBeGreaterThan(40);
  });

  it('is made of labelled blocks that Alt+Enter can play one by one', () => {
    const labels = ['$drums', '$bass', '$keys'].map((label) => blockAt(WELCOME, WELCOME.indexOf(label))?.label);
    expect(labels).toEqual(['$drums', '$bass', '$keys']);
  });
});
