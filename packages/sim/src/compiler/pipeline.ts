// Source text → code object: parse, build the symbol table, compile.

import { parseModule } from "../lang/parse.ts";
import { buildSymbolTable } from "./symbols.ts";
import { compileModule } from "./compile.ts";
import type { CodeObject } from "../bytecode/code.ts";

/** Throws PySyntaxError for invalid source and SimulatorError for constructs outside the subset. */
export function compileSource(source: string, filename: string): CodeObject {
  const module = parseModule(source, filename);
  const table = buildSymbolTable(module, source);
  return compileModule(module, table);
}
