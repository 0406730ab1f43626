// Every module of the Python library compiles with the simulator's own front end and compiler, so
// the machine can import it (running it needs the natives of NATIVES.md).
import { describe, expect, test } from "vitest";
import { compileSource } from "../../src/compiler/pipeline.ts";
import { PYLIB } from "../../src/pylib/sources.generated.ts";

describe("the simulator compiles the Python library", () => {
  test.each(Object.keys(PYLIB).sort())("%s", (name) => {
    const code = compileSource(PYLIB[name]!, `${name.replaceAll(".", "/")}.py`);
    expect(code.name).toBe("<module>");
  });
});
