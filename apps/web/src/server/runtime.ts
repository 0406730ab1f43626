// One database + auth per server process, opened on first use (never at build time).
import { openRuntime, type ServerRuntime } from "@interleave/api";
import { readConfig } from "@interleave/db";

const holder = globalThis as { interleaveRuntime?: Promise<ServerRuntime> };

export function getRuntime(): Promise<ServerRuntime> {
  holder.interleaveRuntime ??= openRuntime(readConfig());
  return holder.interleaveRuntime;
}
