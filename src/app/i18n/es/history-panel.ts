/** The app's words, in Spanish: the History panel's. */
import type { HistoryPanelMessages } from '../en/history-panel.ts';

export const historyPanel: HistoryPanelMessages = {
  title: 'Historial',
  list: 'Versiones guardadas, de la más reciente a la más antigua',
  preview: 'La versión elegida',
  restore: 'Recuperar esta versión',
  empty: 'Todavía nada: cada evaluación (Ctrl/Cmd+Enter, Alt+Enter) se guardará aquí.',
  kinds: { evaluate: 'todo', block: 'bloque', replaced: 'guardada' },
  evaluated: 'evaluada',
  hadError: 'tuvo un error',
  error: 'error',
  first: 'primera versión:',
  same: 'el mismo código que la versión anterior',
  blocks: (labels: string, count: number) => `${count === 1 ? 'cambió el bloque' : 'cambiaron los bloques'} ${labels}`,
  more: (count: number) => `+ ${count} ${count === 1 ? 'línea cambiada más' : 'líneas cambiadas más'}`,
  added: 'agregada: ',
  removed: 'quitada: ',
  lineTitle: (added: boolean, line: number) => `${added ? 'agregada en la' : 'quitada de la'} línea ${line}`,
};
