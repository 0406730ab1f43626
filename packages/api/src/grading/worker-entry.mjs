// Worker threads start as plain Node, which cannot load TypeScript: register tsx in this thread,
// load the worker, then serve jobs. Plain JS so it runs the same under vitest, tsx and `next start`.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { default: runJob } = await import("./worker.ts");

parentPort.on("message", ({ id, job }) => {
  try {
    parentPort.postMessage({ id, ok: true, value: runJob(job) });
  } catch (error) {
    const { name = "Error", message = String(error) } = error instanceof Error ? error : {};
    parentPort.postMessage({ id, ok: false, error: { name, message } });
  }
});
// Loaded: the pool starts a job's clock only from here on.
parentPort.postMessage({ ready: true });
