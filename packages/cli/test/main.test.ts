// The CLI's own messages and exit codes, in-process. Running programs is covered by e2e.test.ts.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { invocationFolder } from "../src/io.ts";
import { COMMANDS } from "../src/spec.ts";
import { cli, folderWith } from "./helpers.ts";

describe("help", () => {
  test("global help lists every command and exits 0", () => {
    const { code, stdout } = cli(["--help"]);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toContain(`  ${command.name} `);
  });

  test("no arguments prints usage on stderr and exits 2", () => {
    const { code, stdout, stderr } = cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: interleave <command>");
  });

  test.each(COMMANDS.map((command) => command.name))("%s --help lists its options", (name) => {
    const { code, stdout } = cli([name, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: interleave ${name} `);
    expect(stdout).toContain("-h, --help");
    expect(cli(["help", name]).stdout).toBe(stdout);
  });

  test("run --help names the machine flags and their values", () => {
    const { stdout } = cli(["run", "--help"]);
    for (const text of ["--model M", "gil-legacy", "--cores N", "--stdout MODE", "unbuffered", "--seed S"]) {
      expect(stdout).toContain(text);
    }
    for (const text of ["--schedule FILE", "--trace", "--json"]) expect(stdout).toContain(text);
  });

  test("--version", () => {
    expect(cli(["--version"]).stdout).toMatch(/^interleave \d+\.\d+\.\d+/);
  });
});

describe("errors name what and where, exit 2, print nothing on stdout", () => {
  const dir = folderWith({ "main.py": "print('hi')\n", "notes.txt": "x\n" });

  function expectUsageError(argv: string[], message: string) {
    const { code, stdout, stderr } = cli(argv, dir);
    expect(stderr).toBe(`${message}\n`);
    expect(stdout).toBe("");
    expect(code).toBe(2);
  }

  test("unknown command", () => {
    expectUsageError(
      ["runn", "main.py"],
      'interleave: unknown command "runn" (commands: run, sample, explore, dis, check, grade; see interleave --help)',
    );
  });

  test("unknown flag", () => {
    expectUsageError(["run", "main.py", "--fast"], "interleave run: unknown option --fast (see interleave run --help)");
  });

  test("bad --model", () => {
    expectUsageError(
      ["run", "main.py", "--model", "gil2"],
      'interleave run: --model must be one of gil, gil-legacy, free-threaded (got "gil2") (see interleave run --help)',
    );
  });

  test("missing file names the path it looked at", () => {
    expectUsageError(["run", "gone.py"], `interleave run: cannot read gone.py: no such file (${join(dir, "gone.py")})`);
  });

  test("a file that is not .py", () => {
    expectUsageError(["run", "notes.txt"], "interleave run: not a Python file: notes.txt (expected FILE.py)");
  });

  test("a folder named like a file", () => {
    mkdirSync(join(dir, "pkg.py"), { recursive: true });
    expectUsageError(["dis", "pkg.py"], `interleave dis: cannot read pkg.py: it is a folder, not a file (${join(dir, "pkg.py")})`);
  });

  // (Permission bits do not stop root, who runs these tests in CI containers; a path through a file does.)
  test("an unreadable path", () => {
    const inside = join(dir, "main.py", "x.py");
    expectUsageError(["run", inside], `interleave run: cannot read ${inside}: a part of the path is not a folder`);
  });

  test("two files with one base name", () => {
    const other = folderWith({ "main.py": "" });
    expectUsageError(
      ["run", "main.py", join(other, "main.py")],
      "interleave run: two files are named main.py; base names must differ",
    );
  });

  test("explore validates its arguments", () => {
    expect(cli(["explore", "main.py", "--bogus"], dir).stderr).toContain("unknown option --bogus");
  });

  test("run --schedule with a missing schedule file", () => {
    const { code, stderr } = cli(["run", "main.py", "--schedule", "s.json"], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^interleave run: cannot read schedule s\.json: no such file/);
  });
});

describe("the folder file arguments are relative to", () => {
  test("is pnpm's INIT_CWD when pnpm started the interleave script", () => {
    expect(invocationFolder({ npm_lifecycle_event: "interleave", INIT_CWD: "/home/ada/work" }, "/repo")).toBe(
      "/home/ada/work",
    );
  });

  test("is the process's folder otherwise", () => {
    expect(invocationFolder({ npm_lifecycle_event: "test", INIT_CWD: "/elsewhere" }, "/repo")).toBe("/repo");
    expect(invocationFolder({}, "/repo")).toBe("/repo");
  });
});
