/** The app's words, in Spanish: the transport section. */
import type { Messages } from '../en.ts';

export const transport: Messages['transport'] = {
  name: 'transporte',
  playTitle: 'Toca el código, o detenlo (Ctrl/Cmd+Enter toca, Ctrl/Cmd+. detiene)',
  clickToStart: '▶ activa el audio',
  loadingAudio: '◌ cargando audio…',
  play: '▶ tocar',
  stop: '■ detener',
  audioFailed: '⚠ falló el audio',
  cps: 'cps',
  cpsName: 'ciclos por segundo',
  cpsTitle: 'Ciclos por segundo (Enter para fijarlos)',
  bpm: 'bpm',
  bpmName: 'pulsos por minuto',
  bpmTitle: (beats: number) => `Pulsos por minuto, ${beats} pulsos por ciclo (Enter para fijarlos)`,
  cycle: 'ciclo',
  cycleTitle: 'El ciclo que suena ahora',
  voices: 'voces',
  voicesTitle: 'Voces que suenan ahora',
  cpu: 'cpu',
  cpuTitle: 'La carga del motor de audio en un núcleo',
  meterTitle: 'Pico de salida en el último segundo (dBFS)',
};
