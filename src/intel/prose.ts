/**
 * The docs' and the tutorial's prose in the page: the only Markdown they use is `code` spans
 * (checked by test/intel/reference.test.ts), shown as code rather than as raw backticks.
 */

/**
 * Appends `text` to `parent`, each `backticked` span as a `code` element.
 *
 * @example
 * appendProse(paragraph, 'Use `fast` to speed a pattern up.');
 */
export function appendProse(parent: HTMLElement, text: string): void {
  text.split(/(`[^`]+`)/).forEach((part) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
      parent.appendChild(document.createElement('code')).textContent = part.slice(1, -1);
    } else if (part !== '') {
      parent.append(part);
    }
  });
}
