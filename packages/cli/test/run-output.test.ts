// How `run` and `dis` print what the simulator returns or throws. The simulator is replaced by a fake
// here so every branch (exit codes, budgets, deadlocks, SimulatorError) is exercised; the real one
// runs in e2e.test.ts.
import type * as sim from "@interleave/sim";
import { SimulatorError, type RunOptions, type RunResult, type SourceFile } from "@interleave/sim";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { cli, folderWith } from "./helpers.ts";

const fake = vi.hoisted(() => ({
  result: undefined as RunResult | undefined,
  error: undefined as Error | undefined,
  calls: [] as { files: SourceFile[]; options: RunOptions }[],
}));

vi.mock("@interleave/sim", async (importOriginal) => ({
  ...(await importOriginal<typeof sim>()),
  runProgram(files: SourceFile[], options: RunOptions): RunResult {
    fake.calls.push({ files, options });
    if (fake.error) throw fake.error;
    if (!fake.result) throw new Error("no fake result");
    return fake.result;
  },
  disassemble(file: SourceFile): string {
    if (fake.error) throw fake.error;
    return `listing of ${file.name}`;
  },
}));

function resultWith(fields: Partial<RunResult>): RunResult {
  return {
    stdout: "",
    stderr: "",
    exitCode: 0,
    deadlock: false,
    timedOut: false,
    wallNs: 1000,
    processes: [{ pid: 1000, ppid: 0, exitCode: 0, cpuNs: 1000 }],
    threads: [{ pid: 1000, tid: 1, name: "MainThread", state: "terminated", cpuNs: 1000 }],
    instructions: 10,
    ...fields,
  };
}

const dir = folderWith({ "main.py": "import tasks\n", "tasks.py": "x = 1\n" });

beforeEach(() => {
  fake.result = undefined;
  fake.error = undefined;
  fake.calls = [];
});

describe("run", () => {
  test("passes the program's stdout, stderr and exit code through", () => {
    fake.result = resultWith({ stdout: "out\n", stderr: "Traceback…\nValueError: x\n", exitCode: 1 });
    expect(cli(["run", "main.py", "tasks.py"], dir)).toEqual({
      code: 1,
      stdout: "out\n",
      stderr: "Traceback…\nValueError: x\n",
    });
  });

  test("hands files by base name, main first, the flags and the host clock to the simulator", () => {
    fake.result = resultWith({});
    cli(["run", `${dir}/main.py`, "tasks.py", "--model", "gil-legacy", "--cores", "2", "--seed", "9", "--trace"], dir);
    const [call] = fake.calls;
    expect(call?.files).toEqual([
      { name: "main.py", text: "import tasks\n" },
      { name: "tasks.py", text: "x = 1\n" },
    ]);
    expect(call?.options).toMatchObject({ model: "gil-legacy", cores: 2, seed: 9, trace: true });
    expect(call?.options.now?.()).toBe(0);
    expect(call?.options.stdout).toBeUndefined();
  });

  test("--json prints the whole RunResult and exits 0 whatever the program's code", () => {
    fake.result = resultWith({ stdout: "x\n", exitCode: 3 });
    const { code, stdout, stderr } = cli(["run", "main.py", "--json"], dir);
    expect(JSON.parse(stdout)).toEqual(fake.result);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  test("a budget stop is said on stderr after the output, exit 124", () => {
    const timeoutReason = "instruction budget of 1000 exhausted at main.py:3";
    fake.result = resultWith({ stdout: "looping\n", timedOut: true, timeoutReason, exitCode: 0 });
    expect(cli(["run", "main.py"], dir)).toEqual({
      code: 124,
      stdout: "looping\n",
      stderr: `interleave run: stopped: ${timeoutReason}\n`,
    });
  });

  test("a deadlock names what each blocked thread waits on, exit 124", () => {
    fake.result = resultWith({
      deadlock: true,
      threads: [
        { pid: 1000, tid: 1, name: "MainThread", state: "blocked", cpuNs: 5, waitingOn: "join Thread-1 (worker)" },
        { pid: 1000, tid: 2, name: "Thread-1 (worker)", state: "blocked", cpuNs: 5, waitingOn: "lock" },
      ],
    });
    const { code, stderr } = cli(["run", "main.py"], dir);
    expect(stderr).toBe(
      [
        "interleave run: deadlock: every live thread is blocked",
        "  MainThread (pid 1000) waits on join Thread-1 (worker)",
        "  Thread-1 (worker) (pid 1000) waits on lock",
        "",
      ].join("\n"),
    );
    expect(code).toBe(124);
  });

  test("a SimulatorError is one line naming file and line, exit 2", () => {
    fake.error = new SimulatorError("the 'match' statement is not supported", "main.py", 4);
    expect(cli(["run", "main.py"], dir)).toEqual({
      code: 2,
      stdout: "",
      stderr: "SimulatorError: the 'match' statement is not supported (main.py:4)\n",
    });
  });

  test("with --json a SimulatorError is a JSON error on stdout, exit 2", () => {
    fake.error = new SimulatorError("too deep", "tasks.py", 2);
    const { code, stdout } = cli(["run", "main.py", "--json"], dir);
    expect(JSON.parse(stdout)).toEqual({
      error: "SimulatorError: too deep (tasks.py:2)",
      message: "too deep",
      file: "tasks.py",
      line: 2,
    });
    expect(code).toBe(2);
  });

  test("any other exception is reported as a bug in interleave, exit 70", () => {
    fake.error = new TypeError("cannot read properties of undefined");
    const { code, stderr } = cli(["run", "main.py"], dir);
    expect(stderr).toContain("interleave run: internal error (a bug in interleave, please report it):");
    expect(stderr).toContain("TypeError: cannot read properties of undefined");
    expect(code).toBe(70);
  });
});

describe("dis", () => {
  test("prints the listing with a final newline", () => {
    expect(cli(["dis", "tasks.py"], dir)).toEqual({ code: 0, stdout: "listing of tasks.py\n", stderr: "" });
  });

  test("the program's SyntaxError is printed as CPython prints it, exit 1", () => {
    const text = '  File "tasks.py", line 1\n    x = (\n        ^\nSyntaxError: \'(\' was never closed\n';
    fake.error = Object.assign(new Error("'(' was never closed"), { name: "SyntaxError", format: () => text });
    expect(cli(["dis", "tasks.py"], dir)).toEqual({ code: 1, stdout: "", stderr: text });
  });

  test("a SimulatorError exits 2", () => {
    fake.error = new SimulatorError("unsupported", "tasks.py", 1);
    expect(cli(["dis", "tasks.py"], dir).code).toBe(2);
  });
});
