/** The app's words, in English: the editor section (the source the other languages are typed against). */
export const editor = {
  /** The code editor's accessible name. */
  label: 'code editor',
  /**
   * CodeMirror's own words (its search panel, completions, folding) and weft's editor widgets,
   * by their English phrase (`$1`, `$2` stand for values): given to the editor through
   * `EditorState.phrases`, as CodeMirror translates itself.
   */
  phrases: {
    Find: 'Find',
    Replace: 'Replace',
    next: 'next',
    previous: 'previous',
    all: 'all',
    'match case': 'match case',
    regexp: 'regexp',
    'by word': 'by word',
    replace: 'replace',
    'replace all': 'replace all',
    close: 'close',
    'current match': 'current match',
    'on line': 'on line',
    'replaced $ matches': 'replaced $ matches',
    'replaced match on line $': 'replaced match on line $',
    'Go to line': 'Go to line',
    go: 'go',
    Completions: 'Completions',
    Diagnostics: 'Diagnostics',
    'No diagnostics': 'No diagnostics',
    'Selection deleted': 'Selection deleted',
    'Control character': 'Control character',
    'folded code': 'folded code',
    unfold: 'unfold',
    to: 'to',
    'slider from $1 to $2': 'slider from $1 to $2',
    '$1 of the code above': '$1 of the code above',
  },
};
