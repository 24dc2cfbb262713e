// The language service's loading: once, only after the first sound, and never fatal.
import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { LanguageServiceLoader, type LanguageServiceState } from '../../src/app/language-service.ts';

describe('LanguageServiceLoader', () => {
  it('does nothing until the first sound, then loads once; a service that cannot start leaves the editor as it was', async () => {
    const states: LanguageServiceState[] = [];
    const dispatched: unknown[] = [];
    const view = { dispatch: (spec: unknown) => void dispatched.push(spec) } as unknown as EditorView;
    const loader = new LanguageServiceLoader(view, (state) => void states.push(state), 0);
    expect(loader.state()).toBe('waiting');
    loader.soundStarted();
    loader.soundStarted();
    expect(states).toEqual(['loading']);
    // Node has no Worker: the service cannot start here.
    await expect.poll(() => loader.state(), { timeout: 10_000 }).toBe('failed');
    expect(states).toEqual(['loading', 'failed']);
    expect(dispatched).toEqual([]);
  });
});
