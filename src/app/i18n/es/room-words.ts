import type { RoomWords } from '../en/room-words.ts';

/** Lo que dice una sala (tocar juntos), en español. */
export const roomWords: RoomWords = {
  together: 'Tocar juntos',
  makeRoom: 'Crear una sala',
  makeRoomHint: 'Los demás entran con un enlace; todos oyen el mismo código en el mismo ciclo.',
  noServer: 'Las salas necesitan el servidor de salas: ejecuta `npx weft serve` y abre la dirección que muestra.',
  roomFailed: (why) => `No se pudo crear la sala: ${why}`,
  editLink: 'Enlace para tocar (puede editar)',
  listenLink: 'Enlace para escuchar y leer (estudiantes)',
  readout: (people, jitter) => `Sala · ${people} · ±${jitter} ms`,
  readoutTitle: (offset, jitter, trip) => `Reloj: este ordenador a ${offset} ms del servidor, variación ${jitter} ms, ida y vuelta ${trip} ms`,
  listening: 'escuchando',
  evaluatedBy: (name) => `evaluado por ${name}`,
  offline: 'Sala sin conexión: la música sigue, tus cambios se guardan y se unen al volver',
  readOnly: 'Escuchando: este enlace puede leer y oír la sala, no editarla',
  joined: (name) => `Entraste en la sala como ${name}`,
  pressPlay: 'Pulsa reproducir para oír la sala',
  pushed: (from) => `${from} envió código`,
  openPushed: 'Abrir en un editor nuevo',
  pushCode: 'Enviar mi código a todos',
  copyCode: 'Copiar a mi propio editor',
  refused: (why) => `La sala lo rechazó: ${why}`,
  flood: 'El servidor de salas desconectó esta página: demasiados mensajes a la vez',
  tooLarge: 'El servidor de salas rechazó el cambio: la sala sería demasiado grande',
  badLink: 'Este enlace de sala no es válido: el nombre de una sala tiene 22 letras, cifras, - o _',
};
