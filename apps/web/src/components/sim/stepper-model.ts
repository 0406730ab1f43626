// What the stepper shows at each step, and how to get it from a run's trace: one step per trace event
// (state changes, the GIL changing hands, writes, system calls). A replayed witness schedule
// (Simulator III) also records every instruction of the program's own code, so its steps carry the
// instruction, its source line and the shared variables; a trace from runProgram has none of those.
import type { RunResult, ThreadStateName, TraceEvent } from "@interleave/sim";

export interface StepLocation {
  file: string;
  line: number;
}

export interface StepperThread {
  /** "1000:2" (pid:tid). */
  id: string;
  name: string;
  state: ThreadStateName;
  /** Where the thread stands, when the replay knows. */
  location?: StepLocation;
}

export interface StepperStep {
  /** The thread that acts in this step ("1000:2"). */
  thread: string;
  /** What it does, in words or as an instruction: "takes the GIL", "LOAD_GLOBAL count". */
  action: string;
  /** Virtual time of the step, when known. */
  ns?: number;
  /** The acting thread's source line, when known (the code panel highlights it). */
  location?: StepLocation;
  /** The acting instruction's offset in its code object (the bytecode panel highlights it). */
  instructionOffset?: number;
  /** Every thread after this step. */
  threads: StepperThread[];
  /** Per process ("1000"), the thread id holding its GIL, or null when nobody does. */
  gilHolders: Record<string, string | null>;
  /** Shared variables after this step (name → repr), when known. */
  variables?: Record<string, string>;
  /** What the program has written so far (stdout and stderr, as written). */
  output: string;
}

function describeEvent(event: TraceEvent): string | null {
  switch (event.kind) {
    case "state":
      if (event.state === "running") return event.core === undefined ? "runs" : `runs on core ${event.core}`;
      if (event.state === "runnable") return "is ready to run";
      if (event.state === "blocked") return event.waitingOn ? `blocks (${event.waitingOn})` : "blocks";
      if (event.state === "terminated") return "ends";
      return null;
    case "gil":
      if (event.action === "acquire") return "takes the GIL";
      if (event.action === "release") return "lets go of the GIL";
      return "asks the holder to drop the GIL";
    case "syscall":
      return `calls ${event.name}${event.detail ? ` (${event.detail})` : ""}`;
    case "fork":
      return `forks child process ${event.child}`;
    case "exit":
      return `exits with code ${event.code}`;
    case "write":
      return `writes ${JSON.stringify(event.text)} to ${event.stream}`;
    case "lock":
      // Lock traffic inside threading's own code (thread start, join) would drown the steps that matter.
      return null;
    case "instruction":
      return `runs ${event.opname} (line ${event.line})`;
  }
}

/** Steps from a run's trace, in time order (ties keep the order the machine recorded them). */
export function stepsFromTrace(run: Pick<RunResult, "trace" | "threads">): StepperStep[] {
  const names = new Map(run.threads.map((t) => [`${t.pid}:${t.tid}`, t.name]));
  const states = new Map<string, ThreadStateName>(run.threads.map((t) => [`${t.pid}:${t.tid}`, "new"]));
  const gilHolders: Record<string, string | null> = {};
  const locations = new Map<string, StepLocation>();
  let variables: Record<string, string> | undefined;
  let output = "";
  const events = (run.trace ?? []).map((event, index) => ({ event, index })).sort((a, b) => a.event.ns - b.event.ns || a.index - b.index);
  const steps: StepperStep[] = [];
  for (const { event } of events) {
    const id = `${event.pid}:${event.tid}`;
    if (event.kind === "state") states.set(id, event.state);
    if (event.kind === "gil" && event.action !== "drop-request") gilHolders[String(event.pid)] = event.action === "acquire" ? id : null;
    if (event.kind === "write") output += event.text;
    if (event.kind === "instruction") {
      locations.set(id, { file: event.file, line: event.line });
      variables = event.variables;
    }
    const action = describeEvent(event);
    if (!action) continue;
    const location = locations.get(id);
    steps.push({
      thread: id,
      action,
      ns: event.ns,
      ...(event.kind === "instruction" && location ? { location, instructionOffset: event.offset } : {}),
      threads: [...states].map(([tid, state]) => ({ id: tid, name: names.get(tid) ?? tid, state, ...(locations.has(tid) ? { location: locations.get(tid) } : {}) })),
      gilHolders: { ...gilHolders },
      ...(variables ? { variables } : {}),
      output,
    });
  }
  return steps;
}

export interface BytecodeInstruction {
  offset: number;
  opname: string;
  argument: string;
}

/** Instructions per source line, from a `dis`-style listing (disassemble); every code object of the file. */
export function bytecodeByLine(listing: string): Map<number, BytecodeInstruction[]> {
  const byLine = new Map<number, BytecodeInstruction[]>();
  let line = 0;
  for (const text of listing.split("\n")) {
    const match = /^\s*(\d+)?\s+(?:>>)?\s+(\d+) ([A-Z_0-9]+)\s*(.*)$/.exec(text);
    if (!match) continue;
    if (match[1]) line = Number(match[1]);
    const list = byLine.get(line) ?? [];
    list.push({ offset: Number(match[2]), opname: match[3] ?? "", argument: (match[4] ?? "").trim() });
    byLine.set(line, list);
  }
  return byLine;
}
