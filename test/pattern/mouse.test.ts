import { describe, expect, it } from 'vitest';
import { mouseX, mouseY, mousex, mousey } from '../../src/pattern/index.ts';
import { expectSameAsStrudel } from './values-oracle.ts';

describe('mousex', () => {
  it('is 0 headless, as Strudel is', async () => {
    await expectSameAsStrudel('n(mousex.segment(4).range(0,7)).scale("C:minor")');
    await expectSameAsStrudel('mousex.segment(3)');
  });
  it('reads the position from the query\'s _mousex control', () => {
    expect(mousex.queryArc(0, 1, { _mousex: 0.25 }).map((h) => h.value)).toEqual([0.25]);
  });
});

describe('mousey', () => {
  it('is 0 headless, as Strudel is', async () => {
    await expectSameAsStrudel('n(mousey.segment(4).range(0,7)).scale("C:minor")');
  });
  it('reads the position from the query\'s _mousey control', () => {
    expect(mousey.queryArc(0, 1, { _mousey: 0.75 }).map((h) => h.value)).toEqual([0.75]);
  });
});

describe('mouseX', () => {
  it('is mousex under another name', async () => {
    await expectSameAsStrudel('mouseX.segment(2)');
    expect(mouseX).toBe(mousex);
  });
});

describe('mouseY', () => {
  it('is mousey under another name', async () => {
    await expectSameAsStrudel('mouseY.segment(2)');
    expect(mouseY).toBe(mousey);
  });
});
