import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { buildSymbolTable } from "../../src/compiler/symbols.ts";
import { PySyntaxError } from "../../src/lang/errors.ts";
import { parseModule } from "../../src/lang/parse.ts";
import { ERROR_CASES } from "./error-cases.ts";
import { hasPython } from "./python.ts";

/** The front end's verdict on a program: the PySyntaxError text, or null when it compiles. */
function frontEndError(source: string): string | null {
  try {
    buildSymbolTable(parseModule(source, "main.py"), source);
    return null;
  } catch (error) {
    if (error instanceof PySyntaxError) return error.format();
    throw error;
  }
}

/** stderr of `python3 main.py`, with the temporary directory removed from paths. */
function cpythonStderr(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "interleave-syntax-"));
  try {
    writeFileSync(join(dir, "main.py"), source);
    const result = spawnSync("python3", ["main.py"], { cwd: dir, encoding: "utf8" });
    return result.stderr.split(`${dir}/`).join("");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("compile-time errors print exactly as CPython 3.11 prints them", () => {
  test.each(ERROR_CASES)("$source", ({ source, expected }) => {
    expect(frontEndError(source)).toBe(expected);
  });

  test.skipIf(!hasPython).each(ERROR_CASES)("python3 prints the stored text for $source", ({ source, expected }) => {
    expect(cpythonStderr(source)).toBe(expected);
  });
});

describe("PySyntaxError.format", () => {
  test("strips the line's indentation and shifts the caret with it", () => {
    const error = new PySyntaxError({ msg: "invalid syntax", filename: "main.py", line: 2, offset: 9, sourceLine: "    x = = 2" });
    expect(error.format()).toBe('  File "main.py", line 2\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n');
  });

  test("a range prints one caret per column", () => {
    const error = new PySyntaxError({ msg: "m", filename: "a.py", line: 1, offset: 1, endOffset: 4, sourceLine: "f() = 1" });
    expect(error.format()).toBe('  File "a.py", line 1\n    f() = 1\n    ^^^\nSyntaxError: m\n');
  });
});
