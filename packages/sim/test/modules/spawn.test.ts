// multiprocessing's spawn start method: a fresh interpreter (_interleave.spawn) that re-runs the main file
// as __mp_main__ (its main guard skipped) and unpickles the process object; ~190 ms of start-up.
import { expect, test } from "vitest";
import { runProgram, testRunOptions } from "../support/simulator.ts";

const PROGRAM = `import multiprocessing
import os

print("imported as", __name__)


def hello(name):
    print("hello", name, os.getpid() != os.getppid())


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    p = ctx.Process(target=hello, args=("spawn",))
    p.start()
    p.join()
    print("exit", p.exitcode)
`;

test("a spawned child re-imports the main module and runs its target", { timeout: 60_000 }, () => {
  const result = runProgram([{ name: "main.py", text: PROGRAM }], testRunOptions());
  expect(result.stderr).toBe("");
  expect(result.stdout).toBe("imported as __main__\nimported as __mp_main__\nhello spawn True\nexit 0\n");
  expect(result.processes.map((p) => [p.pid, p.ppid, p.exitCode])).toEqual([[1000, 0, 0], [1001, 1000, 0]]);
  expect(result.wallNs).toBeGreaterThan(150_000_000);
});

test("a multiprocessing.Queue passed to a spawned child carries its pipes along", { timeout: 60_000 }, () => {
  const source = `import multiprocessing


def square(x, out):
    out.put(x * x)


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=square, args=(7, q))
    p.start()
    print("got", q.get())
    p.join()
    print("exit", p.exitcode)
`;
  const result = runProgram([{ name: "main.py", text: source }], testRunOptions());
  expect(result.stderr).toBe("");
  expect(result.stdout).toBe("got 49\nexit 0\n");
});
