export const ENGINE_VERSION = "0.1.0";
export * from "./api.ts";
export { runProgram, sampleProgram, disassemble } from "./run.ts";
export { exploreProgram, replaySchedule } from "./explore/index.ts";
