/** The app's words, in Spanish: the help section. */
import type { Messages } from '../en.ts';

export const help: Messages['help'] = {
  buttonTitle: 'Ajustes, teclas, atajos de teclado (vim, emacs) y ayuda',
  buttonName: 'ayuda y teclas',
  title: 'Ajustes y teclas',
  couldNotOpen: (reason) => `no se pudo abrir la ayuda: ${reason}`,
  groups: { performing: 'Tocar', editing: 'Editar' },
  keys: {
    evaluate: 'Evaluar todo (y reproducir)',
    evaluateBlock: 'Evaluar el bloque donde está el cursor (separado por líneas en blanco o con etiqueta $nombre:), o la selección',
    stop: 'Detener todo',
    mute: 'Silenciar o volver a oír el bloque con etiqueta donde está el cursor',
    solo: 'Poner o quitar en solo el bloque con etiqueta donde está el cursor',
    textSize: 'Texto más grande / más pequeño',
    textSizeReset: 'Volver al tamaño de texto normal',
    undo: 'Deshacer / rehacer',
    search: 'Buscar (y reemplazar)',
    comment: 'Comentar o descomentar la línea',
    tab: 'Pasar al control siguiente / anterior; con Ctrl-m, sangrar / quitar sangría',
    tabMode: 'Cambiar lo que hace Tab: moverse entre controles o sangrar (se recuerda para la próxima visita)',
    complete: 'Completar un nombre',
    escape: 'En el panel Aprender: cerrarlo y volver al código',
  },
  also: 'Además',
  tips: {
    highlights: 'Los caracteres se iluminan mientras suena el sonido que produjeron. Haz clic en una nota del pianoroll para saltar a su código.',
    errors: 'Los errores se subrayan donde están; el código anterior sigue sonando hasta la siguiente evaluación correcta.',
    saved: 'Tu código se guarda mientras escribes, y cada evaluación queda en el Historial.',
    share: 'Compartir copia un enlace que contiene el código; Exportar descarga el código como archivo WAV.',
    learn: 'Aprender abre el tutorial y la referencia junto al editor (también en #tutorial y #reference); cada ejemplo suena con un clic.',
    intel: 'Después del primer sonido, el editor completa nombres, muestra la documentación al pasar el cursor y avisa de errores de tipos; un aviso nunca impide que el código suene.',
  },
};
