// Plain-words formatting shared by the pages.

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return `${dateTime.format(new Date(value))} UTC`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function percent(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? "—" : `${Math.round(fraction * 100)}%`;
}

const MODEL_WORDS = { gil: "CPython with a GIL", "gil-legacy": "CPython 3.9 or older (GIL switching between any instructions)", "free-threaded": "free-threaded CPython (no GIL)" } as const;
const STDOUT_WORDS = { terminal: "output to a terminal", pipe: "output to a pipe (block-buffered)", unbuffered: "unbuffered output (python3 -u)" } as const;

export type MachineSettings = { model: keyof typeof MODEL_WORDS; cores: number; stdout: keyof typeof STDOUT_WORDS };

/** "CPython with a GIL, 4 cores, output to a terminal". */
export function describeMachine(machine: MachineSettings): string {
  return `${MODEL_WORDS[machine.model]}, ${plural(machine.cores, "core")}, ${STDOUT_WORDS[machine.stdout]}`;
}

/** Nanoseconds in the unit a person reads best. */
export function formatNs(ns: number): string {
  if (ns >= 1e9) return `${(ns / 1e9).toFixed(3)} s`;
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`;
  return `${Math.round(ns)} ns`;
}

/** An output shown as text, with an explicit mark when it is empty. */
export function showOutput(text: string): string {
  return text === "" ? "(no output)" : text;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
