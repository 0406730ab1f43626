// The fast path against the interpreter on single frames: a translated loop runs, and every way out
// of it (budget, bigint overflow, an exception, an untranslated instruction, an operand that is not a
// small int) leaves the frame, the CPU time and the budget exactly as the interpreter alone would.
import { describe, expect, test } from "vitest";
import { instructionCosts } from "../../src/vm/costs.ts";
import { Op } from "../../src/bytecode/opcodes.ts";
import { ThreadState } from "../../src/vm/frames.ts";
import { enterFastPath, translateCode } from "../../src/vm/jit.ts";
import { Machine } from "../../src/vm/machine.ts";
import { functionCode, freshFrame, runFrame } from "./frames.ts";

const COUNTDOWN = `
def countdown(n):
    while n > 0:
        n -= 1
    return n
`;

/** Instructions of one countdown iteration, and where the loop body starts (after RESUME and the first test). */
const ITERATION = 8;
const LOOP_START = 5;

/** Runs the frame both ways, expects the same outcome, and returns the fast path's run. */
function expectSameRun(source: string, name: string, args: Parameters<typeof runFrame>[1], budget: number) {
  const code = functionCode(source, name);
  const interpreted = runFrame(code, args, "off", budget);
  const fast = runFrame(code, args, "eager", budget);
  expect(fast).toEqual(interpreted);
  return fast;
}

describe("a translated loop", () => {
  test("runs whole iterations, charging 8 instructions and their cost per iteration", () => {
    const code = functionCode(COUNTDOWN, "countdown");
    const translation = translateCode(code, instructionCosts());
    expect(translation).not.toBeNull();
    const vm = new Machine({ files: new Map(), maxInstructions: 0, argv: ["main.py"] });
    vm.budget = 1_000_000;
    const frame = freshFrame(vm, code, [1000]);
    frame.pc = LOOP_START;
    const cpu = translation?.(vm, frame, 0);
    expect(frame.locals[0]).toBe(0);
    expect(vm.budget).toBe(1_000_000 - ITERATION * 1000 - 1); // the LOAD_CONST before RETURN_VALUE
    expect(cpu).toBe((ITERATION * 1000 + 1) * 7.5); // every instruction here costs the default 7.5 ns
    expect(frame.pc).toBe(code.code.length / 2 - 1);
    expect(frame.sp).toBe(1);
  });

  test("enters only where the frame's stack depth is the static one", () => {
    const code = functionCode(COUNTDOWN, "countdown");
    const translation = translateCode(code, instructionCosts());
    const vm = new Machine({ files: new Map(), maxInstructions: 0, argv: ["main.py"] });
    vm.budget = 100;
    const frame = freshFrame(vm, code, [10]);
    frame.pc = LOOP_START;
    frame.sp = 1;
    expect(translation?.(vm, frame, 0)).toBe(0);
    expect([frame.pc, frame.sp, vm.budget, frame.locals[0]]).toEqual([LOOP_START, 1, 100, 10]);
  });

  test("finishes as the interpreter does", () => {
    const run = expectSameRun(COUNTDOWN, "countdown", [5000], 1_000_000);
    expect(run.stop).toBe("finished");
  });
});

describe("the fast path runs only where block sums are exact", () => {
  function enterAtLoop(adjust: (vm: Machine, thread: ThreadState) => void): { pc: number; budget: number } {
    const code = functionCode(COUNTDOWN, "countdown");
    const vm = new Machine({ files: new Map(), maxInstructions: 0, argv: ["main.py"] });
    vm.fastPath = "eager";
    const thread = new ThreadState(1, "MainThread");
    const frame = freshFrame(vm, code, [10]);
    adjust(vm, thread);
    enterFastPath(vm, thread, frame, LOOP_START, 0, 1000, 0);
    return { pc: frame.pc, budget: vm.budget };
  }

  test("with the default table it runs the loop", () => {
    expect(enterAtLoop(() => undefined).budget).toBeLessThan(1000);
  });

  test("not with a cost that is not a multiple of 2^-10 ns", () => {
    const stays = { pc: LOOP_START, budget: 1000 };
    expect(enterAtLoop((vm) => (vm.costs = Float64Array.from(vm.costs, (ns, op) => (op === Op.LOAD_GLOBAL ? 10.95 : ns))))).toEqual(stays);
  });

  test("not once the thread's CPU time could pass 2^42 ns", () => {
    expect(enterAtLoop((_vm, thread) => (thread.cpuNs = 2 ** 42))).toEqual({ pc: LOOP_START, budget: 1000 });
  });
});

describe("budgets stop at the same instruction", () => {
  const code = functionCode(COUNTDOWN, "countdown");
  test.each(Array.from({ length: 3 * ITERATION + 5 }, (_, i) => 40 + i))("budget %i", (budget) => {
    const interpreted = runFrame(code, [100], "off", budget);
    expect(interpreted.stop).toBe("budget");
    expect(runFrame(code, [100], "eager", budget)).toEqual(interpreted);
  });
});

describe("side exits", () => {
  test("an int that overflows to bigint in the middle of a loop", () => {
    const source = `
def grow(n, steps):
    while steps > 0:
        n += 1
        steps -= 1
    return n
`;
    const run = expectSameRun(source, "grow", [Number.MAX_SAFE_INTEGER - 5, 12], 10_000);
    expect(run.stop).toBe("finished");
    expect(run.locals[0]).toBe(BigInt(Number.MAX_SAFE_INTEGER) + 7n);
  });

  test("a negative overflow", () => {
    const source = `
def shrink(n, steps):
    while steps > 0:
        n -= 1000
        steps -= 1
    return n
`;
    const run = expectSameRun(source, "shrink", [-Number.MAX_SAFE_INTEGER + 3500, 8], 10_000);
    expect(run.locals[0]).toBe(-BigInt(Number.MAX_SAFE_INTEGER) - 4500n);
  });

  test("an exception raised in the loop (a missing global)", () => {
    const source = `
def fails(n):
    while n > 0:
        n -= 1
        if n == 7:
            n = n + missing
    return n
`;
    const run = expectSameRun(source, "fails", [50], 10_000);
    expect(run.stop).toBe("exception");
    expect(run.error).toBe("NameError: name 'missing' is not defined");
  });

  test("an unbound local read in the loop", () => {
    const source = `
def unbound(n):
    while n > 0:
        n -= 1
        if n == 3:
            n = later
    later = 1
    return n + later
`;
    const run = expectSameRun(source, "unbound", [40], 10_000);
    expect(run.error).toMatch(/^UnboundLocalError: cannot access local variable 'later'/);
  });

  test("untranslated instructions: a call, a list, a subscript", () => {
    const source = `
def collect(n):
    items = []
    while n > 0:
        items.append(n * 2)
        n -= 1
    return items[3]
`;
    const run = expectSameRun(source, "collect", [30], 10_000);
    expect(run.stop).toBe("finished");
  });

  test("operands that are not small ints: str, float, bool", () => {
    const source = `
def mixed(n):
    text = ""
    total = 0.5
    flag = True
    while n > 0:
        text = text + "a"
        total = total + n
        flag = flag + 1
        n -= 1
        if flag:
            n = n - 0
    return text
`;
    expect(expectSameRun(source, "mixed", [25], 10_000).stop).toBe("finished");
  });

  test("a truth test on something other than bool or int", () => {
    const source = `
def truth(n):
    items = [1]
    while items:
        n -= 1
        if n < 0:
            items = []
    return n
`;
    expect(expectSameRun(source, "truth", [20], 10_000).locals[0]).toBe(-1);
  });

  test("arithmetic: * // % with negative operands, -0, an overflowing product, division by zero", () => {
    const source = `
def arith(n):
    # Negative constants are spelled as subtractions: UNARY_NEGATIVE would leave the fast path.
    total = 0
    lowest = 0 - 20
    minus3 = 0 - 3
    minus4 = 0 - 4
    while n > lowest:
        total = total + n * 3 - (n // 7) + (n % 5) - (n // minus3) + (n % minus4)
        n -= 1
    return total

def negative_zero(n):
    zero = 1
    while n < 0:
        zero = 0 * n
        n += 1
    return zero

def scaled(n):
    big = 0
    factor = 1000000000000
    while n > 0:
        big = big + n * factor
        n -= 1000
    return big

def divides(n):
    caught = 0
    while n > 0:
        try:
            n = n - 1 + 0 // (n % 4)
        except ZeroDivisionError:
            caught += 1
            n -= 1
    return caught
`;
    const arith = expectSameRun(source, "arith", [30], 100_000);
    expect(arith.locals[1]).toBe(938); // python3 prints 938
    expect(Object.is(expectSameRun(source, "negative_zero", [-5], 1000).locals[1], 0)).toBe(true); // not -0
    expect(expectSameRun(source, "scaled", [20_000], 100_000).locals[1]).toBe(210_000_000_000_000_000n);
    expect(expectSameRun(source, "divides", [40], 100_000).locals[1]).toBe(10);
  });

  test("for loops over ranges (up, down, empty) run translated; over a list they leave at FOR_ITER", () => {
    const source = `
def loops(n):
    total = 0
    for i in range(n):
        total += i * i
    for i in range(n, 0 - n, 0 - 3):
        total = total - i
    for i in range(5, 5):
        total = total + 1000
    for x in [1, 2, 3]:
        total = total + x
    return total
`;
    expect(expectSameRun(source, "loops", [40], 100_000).locals[1]).toBe(20_519); // python3 prints 20519
  });

  test("a range loop stopped by the budget at every offset of an iteration", () => {
    const source = `
def squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
`;
    for (let budget = 100; budget < 120; budget++) expect(expectSameRun(source, "squares", [1000], budget).stop).toBe("budget");
  });

  test("closure cells, unary minus, not, is", () => {
    const source = `
def cells(n):
    count = 0
    flags = 0
    nothing = None
    def bump():
        nonlocal count
        while count < n:
            count = count + 1
        return count
    total = bump()
    while n > 0:
        m = -n
        third = not (m % 3)
        if third:
            flags = flags + 1
        if nothing is None and m is not nothing:
            flags = flags + 2
        if not flags:
            flags = 7
        n -= 1
    return total * 1000 + flags
`;
    const run = expectSameRun(source, "cells", [30], 100_000);
    expect(run.stop).toBe("finished");
    expect(run.stack).toEqual([]);
    expect(run.locals).toContain(70); // flags, as python3 computes (cells(30) returns 30070)
  });

  test("an unbound closure cell read in a loop", () => {
    const source = `
def unbound_cell(n):
    def later():
        return value
    while n > 0:
        n -= 1
        if n == 2:
            n = value
    value = 1
    return later()
`;
    expect(expectSameRun(source, "unbound_cell", [9], 10_000).error).toMatch(/^UnboundLocalError: cannot access local variable 'value'/);
  });
});
