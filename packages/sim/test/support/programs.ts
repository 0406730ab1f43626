// Reads test programs the way the CLI and check.py name them: main module first, then the other
// .py files of its folder in name order, each by its base name.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceFile } from "../../src/index.ts";

export function readProgramFolder(folder: string, mainName = "main.py"): SourceFile[] {
  const others = readdirSync(folder)
    .filter((name) => name.endsWith(".py") && name !== mainName)
    .sort();
  return [mainName, ...others].map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") }));
}

export function readProgramFile(folder: string, name: string): SourceFile[] {
  return [{ name, text: readFileSync(join(folder, name), "utf8") }];
}
