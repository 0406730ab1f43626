// @interleave/exercises: the exercise format, variants, fingerprints, answer derivation (by the
// simulator) and grading. Browser-safe: file loading lives in @interleave/exercises/node.
export * from "./schema.ts";
export * from "./variants.ts";
export * from "./fingerprint.ts";
export * from "./engine.ts";
export * from "./derive.ts";
export * from "./grade.ts";
export * from "./needs.ts";
export { importedModules } from "./imports.ts";
export { nearMisses } from "./distractors.ts";
export { sha256Hex, canonicalJson } from "./sha256.ts";
export { buildExercise } from "./build.ts";
export type { ExerciseFolder } from "./build.ts";
export { learnerParameters, parametersForSeed, formatGradeResult } from "./present.ts";
