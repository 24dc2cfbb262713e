/**
 * Another language's words for each step of the tutorial (its title, paragraphs and "try this"),
 * typed against the English steps, so that a step or a field missing from a translation fails
 * the type check. The code and the names it teaches stay as they are.
 */
import { TUTORIAL, type TutorialStep } from './tutorial.ts';

/** The id of each step of {@link TUTORIAL}. */
export type TutorialStepId = (typeof TUTORIAL)[number]['id'];

/** A step's words in another language (`code` spans in backticks, as in English). */
export interface StepWords {
  readonly title: string;
  readonly text: readonly string[];
  readonly tryThis: string;
}

/** Every step's words in another language. */
export type TutorialWords = { readonly [id in TutorialStepId]: StepWords };

/** The steps of {@link TUTORIAL} with `words` in place of the English ones. */
export function translatedTutorial(words: TutorialWords): readonly TutorialStep[] {
  return TUTORIAL.map((step) => ({ ...step, ...words[step.id] }));
}
