// `import MyWorker from './my-worker.ts?worker-chunk'`: a module worker built as a chunk of the
// app's build, sharing chunks with the page (see scripts/worker-chunks.ts).
declare module '*?worker-chunk' {
  const WorkerChunk: new (options?: { name?: string }) => Worker;
  export default WorkerChunk;
}
