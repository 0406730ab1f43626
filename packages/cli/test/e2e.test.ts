// Spawns the real command (tsx src/main.ts) on small programs: argv, files, stdout/stderr, exit codes.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { folderWith } from "./helpers.ts";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const tsx = join(packageDir, "node_modules", ".bin", "tsx");
const mainTs = join(packageDir, "src", "main.ts");

function interleave(argv: string[], cwd: string) {
  const child = spawnSync(tsx, [mainTs, ...argv], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

const program = folderWith({
  "main.py": [
    "from helper import divide",
    "",
    'print("start", divide(7, 2))',
    "divide(1, 0)",
    "",
  ].join("\n"),
  "helper.py": "def divide(a, b):\n    return a // b\n",
});

describe("interleave (spawned)", () => {
  test("run passes the program's stdout, stderr and exit code through", () => {
    const { code, stdout, stderr } = interleave(["run", "main.py", "helper.py"], program);
    expect(stdout).toBe("start 3\n");
    expect(stderr).toContain('  File "main.py", line 4, in <module>\n');
    expect(stderr).toContain('  File "helper.py", line 2, in divide\n');
    expect(stderr.endsWith("ZeroDivisionError: integer division or modulo by zero\n")).toBe(true);
    expect(code).toBe(1);
  });

  test("run --json prints the RunResult and exits 0", () => {
    const { code, stdout } = interleave(["run", join(program, "main.py"), join(program, "helper.py"), "--json"], "/");
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ stdout: "start 3\n", exitCode: 1, deadlock: false, timedOut: false });
    expect(result.processes).toEqual([expect.objectContaining({ pid: 1000, exitCode: 1 })]);
    expect(code).toBe(0);
  });

  test("dis prints a listing with CPython's opcode names", () => {
    const { code, stdout } = interleave(["dis", "helper.py"], program);
    expect(stdout).toContain("BINARY_OP");
    expect(stdout).toContain("RETURN_VALUE");
    expect(code).toBe(0);
  });

  test("a usage error exits 2 with one line on stderr", () => {
    const { code, stdout, stderr } = interleave(["run", "main.py", "--cores", "zero"], program);
    expect(stdout).toBe("");
    expect(stderr).toContain('--cores must be a whole number ≥ 1 (got "zero")');
    expect(code).toBe(2);
  });
});
