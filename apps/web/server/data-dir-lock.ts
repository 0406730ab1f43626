// PGlite has no cross-process locking: two servers on one data folder would corrupt it. A pid file
// makes the second `npm start` stop with a clear message instead.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export function lockDataDir(dataDir: string): void {
  const file = path.join(dataDir, "server.pid");
  const holder = Number(readPidFile(file));
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(`another Interleave server (pid ${holder}) is using ${dataDir}; stop it or set INTERLEAVE_DATA_DIR`);
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${process.pid}\n`);
  process.on("exit", () => rmSync(file, { force: true }));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPidFile(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "0"; // no server has claimed the folder
  }
}
