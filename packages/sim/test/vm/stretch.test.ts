// A host's Stretch: the interpreter runs on through fast instructions, shows the host each slow one
// before it runs, and stops after one when the host asks; a nested loop never calls the hooks.
import { describe, expect, test } from "vitest";
import { compileSource } from "../../src/compiler/pipeline.ts";
import { OPCODES } from "../../src/bytecode/opcodes.ts";
import { Frame, ThreadState } from "../../src/vm/frames.ts";
import { execute, type Stretch } from "../../src/vm/interp.ts";
import { Machine } from "../../src/vm/machine.ts";
import type { PyValue } from "../../src/vm/values.ts";

const SOURCE = `
def double(x):
    return x * 2

items = [3, 1, 2]
biggest = max(items, key=lambda item: -item)
result = double(len(items)) + biggest
`;

/**
 * The module's code in a frame of a fresh thread on a bare VM (no host), with `budget` instructions for
 * its slice and `reserve` more for nested loops to draw on.
 */
function setUp(source = SOURCE, budget = 10_000, reserve = 100_000): { vm: Machine; thread: ThreadState; globals: Map<string, PyValue> } {
  const vm = new Machine({ files: new Map(), maxInstructions: budget + reserve, argv: ["main.py"] });
  const globals = new Map<string, PyValue>();
  const thread = new ThreadState(1, "MainThread");
  vm.thread = thread;
  thread.frames.push(new Frame(compileSource(source, "main.py"), globals, vm.builtins, globals, null));
  vm.budget = budget;
  vm.reserve = reserve;
  return { vm, thread, globals };
}

/** A stretch recording the slow instructions it is shown (by code name and opname). */
function recording(pauseWhen: () => boolean): Stretch & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    beforeSlowOp: (frame, op) => void seen.push(`${frame.code.name}:${OPCODES[op]?.name}`),
    pauseAfter: pauseWhen,
  };
}

describe("a stretch", () => {
  test("never asked to pause, runs to the end as without one", () => {
    const plain = setUp();
    const hooked = setUp();
    const stretch = recording(() => false);
    expect(execute(plain.vm, plain.thread, false)).toEqual({ kind: "finished" });
    expect(execute(hooked.vm, hooked.thread, false, stretch)).toEqual({ kind: "finished" });
    expect(hooked.globals.get("result")).toBe(7);
    expect(plain.globals.get("result")).toBe(7);
    // The lambda runs on max's nested loop: its instructions belong to max, shown to nobody.
    expect(stretch.seen.some((shown) => shown.startsWith("<lambda>"))).toBe(false);
    expect(stretch.seen).toContain("<module>:CALL");
    expect(stretch.seen).toContain("double:RETURN_VALUE");
  });

  test("pauses after the slow instruction it asks to, with the thread where that left it", () => {
    const { vm, thread, globals } = setUp();
    const stretch = recording(() => thread.top?.code.name === "double");
    expect(execute(vm, thread, false, stretch)).toEqual({ kind: "paused" });
    expect(thread.top?.code.name).toBe("double");
    expect(thread.top?.pc).toBe(0);
    expect(stretch.seen.at(-1)).toBe("<module>:CALL");
    expect(globals.get("biggest")).toBe(1);
    expect(globals.has("result")).toBe(false);
    // Resumed without the stretch, it ends as if it had never paused.
    expect(execute(vm, thread, false)).toEqual({ kind: "finished" });
    expect(globals.get("result")).toBe(7);
  });
});

describe("nested loops", () => {
  test("draw on the reserve as they go, so deep nesting needs no more than a refill per level", () => {
    const source = `
class Box:
    @property
    def a(self):
        return max([1, 2], key=lambda v: self.b * v)

    @property
    def b(self):
        return max([3], key=lambda v: self.c)

    @property
    def c(self):
        return 5

result = Box().a
`;
    // Five loops deep (a property, max's key, a property, max's key, a property) on 61,000 instructions.
    const { vm, thread, globals } = setUp(source, 1_000, 60_000);
    expect(execute(vm, thread, false)).toEqual({ kind: "finished" });
    expect(globals.get("result")).toBe(2);
  });
});
