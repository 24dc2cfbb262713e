/**
 * The tutorial in the learner's language (its words: `tutorial-words.ts`). A translation is a
 * download of its own, fetched only for its language.
 */
import { TUTORIAL, type TutorialStep } from './tutorial.ts';

/**
 * The tutorial's steps in `language` (an ISO code: `es`), or in English when it has no
 * translation.
 *
 * @example
 * const steps = await tutorialIn('es'); // steps[0].title === 'Un primer sonido'
 */
export async function tutorialIn(language: string): Promise<readonly TutorialStep[]> {
  if (language === 'es') return (await import('./tutorial-es.ts')).TUTORIAL_ES;
  return TUTORIAL;
}
