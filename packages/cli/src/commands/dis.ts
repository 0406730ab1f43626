// `interleave dis FILE.py`: the bytecode listing, to compare with `python3 -m dis FILE.py`.
import { disassemble } from "@interleave/sim";
import type { CommandArgs } from "../args.ts";
import { EXIT } from "../errors.ts";
import { readSourceFiles } from "../files.ts";
import type { Io } from "../io.ts";

/** The program's own SyntaxError, which formats itself as CPython prints it (lang/errors.ts). */
interface PythonSyntaxError extends Error {
  format(): string;
}

const SYNTAX_ERROR_NAMES = new Set(["SyntaxError", "IndentationError", "TabError"]);

function isPythonSyntaxError(error: unknown): error is PythonSyntaxError {
  return (
    error instanceof Error &&
    SYNTAX_ERROR_NAMES.has(error.name) &&
    typeof (error as Partial<PythonSyntaxError>).format === "function"
  );
}

export function disCommand(args: CommandArgs, io: Io): number {
  const [file] = readSourceFiles(args.positionals, io.cwd);
  if (!file) return EXIT.usage; // unreachable: the spec demands exactly one file
  let listing: string;
  try {
    listing = disassemble(file);
  } catch (error) {
    if (!isPythonSyntaxError(error)) throw error;
    // As `python3 -m dis` does: CPython's SyntaxError text on stderr, exit 1.
    io.err(error.format());
    return 1;
  }
  io.out(listing.endsWith("\n") ? listing : listing + "\n");
  return EXIT.ok;
}
