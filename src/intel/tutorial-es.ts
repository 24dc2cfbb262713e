/** The tutorial's words in Spanish (the code and the names it teaches stay as in English). */
import { translatedTutorial, type TutorialWords } from './tutorial-words.ts';

/** Each step's title, paragraphs and "try this", in Spanish. */
export const ES: TutorialWords = {
  'first-sound': {
    title: 'Un primer sonido',
    text: [
      '`s` elige un sonido. Pulsa Tocar: un bombo suena una vez en cada ciclo, el bucle que todo en weft repite.',
      'El texto entre comillas dobles es mininotación, un pequeño lenguaje para el ritmo. Aquí contiene un solo nombre de sonido.',
    ],
    tryThis: 'Cambia `bd` por `sd`, `hh`, `cp` u `oh`, y vuelve a tocar.',
  },
  rhythm: {
    title: 'Un ritmo',
    text: [
      'Varios nombres se reparten el ciclo por igual: cuatro nombres dan cuatro pulsos. `~` es un silencio.',
      'Los corchetes meten varios pasos en uno: `[hh hh]` toca dos charles en el tiempo de un paso.',
    ],
    tryThis: 'Agrega un paso, o pon tres sonidos dentro de los corchetes.',
  },
  'mini-notation': {
    title: 'Más mininotación',
    text: [
      '`*` repite un paso más rápido, `<...>` toca uno de sus pasos en cada ciclo, y una coma toca capas a la vez.',
      '`bd(3,8)` reparte tres golpes en ocho pasos: un ritmo euclidiano.',
    ],
    tryThis: 'Prueba `bd(5,8)`, o `hh*<8 16>`.',
  },
  notes: {
    title: 'Notas y melodía',
    text: [
      '`note` toca alturas, por nombre (`c`, `eb3`, `f#4`) o por número. `.s(...)` elige un sintetizador para ellas.',
      'Los métodos se encadenan: cada uno toma el patrón anterior y devuelve uno nuevo.',
    ],
    tryThis: 'Cambia una nota, o el sintetizador: `sine`, `square`, `sawtooth`, `supersaw`.',
  },
  scales: {
    title: 'Escalas y capas',
    text: [
      '`n` numera los grados de una escala: `scale("C3:minor")` convierte 0 2 4 en Do3, Mi♭3 y Sol3 (la octava del nombre la ubica). Todo patrón queda en la tonalidad.',
      'Las líneas que empiezan con `$:` suenan juntas, cada una en su propia capa.',
    ],
    tryThis: 'Cambia la escala a `"D:dorian"` o a `"A:major"`.',
  },
  transformations: {
    title: 'Transformaciones',
    text: [
      'Las funciones cambian los patrones en el tiempo: `fast(2)` toca el doble de rápido, `rev()` al revés.',
      '`every(4, ...)` aplica un cambio cada cuatro ciclos; `off` superpone una copia desplazada y cambiada.',
    ],
    tryThis: 'Prueba `.fast("<1 2>")`, o cambia el 4 de `every`.',
  },
  chance: {
    title: 'Azar y señales',
    text: [
      '`rand` es una señal aleatoria entre 0 y 1, y `sine` una suave. `.range` las lleva a otra escala.',
      '`sometimes` aplica un cambio a más o menos la mitad de los eventos; `degradeBy` quita algunos.',
    ],
    tryThis: 'Usa `sine.range(0.2, 1)` para la ganancia, o `often` en lugar de `sometimes`.',
  },
  'sound-design': {
    title: 'Diseño de sonido',
    text: [
      'Un filtro pasa bajos (`lpf`) oscurece un sonido; `lpq` le agrega resonancia. Una `sine` lenta lo hace barrer.',
      'La envolvente da forma a cada nota: `attack`, `decay`, `sustain` y `release`.',
    ],
    tryThis: 'Prueba `.lpf("<400 1600>")`, o un `attack` más largo.',
  },
  effects: {
    title: 'Efectos',
    text: [
      '`room` agrega reverberación, `delay` ecos (con `delaytime` y `delayfeedback`), `pan` ubica un sonido a la izquierda o a la derecha.',
      '`shape` y `crush` le dan aspereza.',
    ],
    tryThis: 'Sube `delayfeedback` hacia 0.8, o agrega `.crush(4)`.',
  },
  piece: {
    title: 'Una pieza completa',
    text: [
      '`setcpm` fija el tempo en ciclos por minuto. Con un ciclo de cuatro pulsos, `setcpm(120 / 4)` son 120 BPM.',
      'Batería, bajo, acordes y una melodía: cambia cualquier parte mientras suena, y vuelve a evaluar.',
    ],
    tryThis: 'Silencia una capa escribiendo `_$:` en lugar de `$:`, y luego tráela de vuelta.',
  },
};

/** The tutorial's steps, in Spanish. */
export const TUTORIAL_ES = translatedTutorial(ES);
