// Which modules a program imports: enough to tell a sequential program (one outcome, one run
// answers everything) from one whose outcome set needs exploring.
import type { SourceFile } from "@interleave/sim";

/** Modules through which a program can have more than one outcome; without them one run is all. */
const CONCURRENCY_MODULES = new Set(["threading", "_thread", "multiprocessing", "concurrent", "os", "queue", "random", "subprocess", "signal", "asyncio"]);

/** Whether no file imports a module that brings threads, processes or randomness. */
export function isSequentialProgram(files: readonly SourceFile[]): boolean {
  return !importedModules(files.map((file) => file.text)).some((name) => CONCURRENCY_MODULES.has(name));
}

/** Top-level package names of every import, in first-seen order. */
export function importedModules(sources: readonly string[]): string[] {
  const names = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/^\s*(?:import\s+([^\n#]+)|from\s+([\w.]+)\s+import)/gm)) {
      const listed = match[1] ? match[1].split(",") : [match[2]!];
      for (const name of listed) names.add(name.trim().split(/[.\s]/)[0]!);
    }
  }
  return [...names];
}
