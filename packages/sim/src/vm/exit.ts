// SystemExit's exit-code rules (Python/pythonrun.c handle_system_exit).

import { isIntLike } from "./numbers.ts";
import { str } from "./repr.ts";
import { exceptionTypeNamed, isInstance } from "./types.ts";
import { None, type PyException, type VmContext } from "./values.ts";

/** Exit code and what goes to stderr (null: print the traceback). */
export function exitStatus(vm: VmContext, exc: PyException): { code: number; stderr: string | null } {
  // An uncaught KeyboardInterrupt ends CPython with the SIGINT status, 130 in a shell.
  if (isInstance(exc, exceptionTypeNamed("KeyboardInterrupt"))) return { code: 130, stderr: null };
  if (!isInstance(exc, exceptionTypeNamed("SystemExit"))) return { code: 1, stderr: null };
  const args = exc.args.items;
  const value = args.length === 0 ? None : args.length === 1 ? args[0] : exc.args;
  if (value === None || value === undefined) return { code: 0, stderr: "" };
  if (isIntLike(value)) return { code: Number(BigInt.asIntN(32, BigInt(value))) & 0xff, stderr: "" };
  return { code: 1, stderr: `${str(vm, value)}\n` };
}
