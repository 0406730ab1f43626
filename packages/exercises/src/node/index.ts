// @interleave/exercises/node: reading exercises from disk and checking the whole bank. The only part
// of the package that touches the file system.
export { loadExercise, loadBank } from "./load.ts";
export type { LoadedBank } from "./load.ts";
export { checkBank, checkExercise, formatCheckTable, DEFAULT_HANG_GUARD_MS } from "./check.ts";
export type { CheckRow, CheckOptions, CheckStatus } from "./check.ts";
