// Copies and hashes of machine states read each class's fields through generated functions. A host
// that forbids code generation (a Content-Security-Policy in a browser) gets the generic loops
// instead: the search must find exactly the same, state for state.
import { afterEach, expect, test, vi } from "vitest";
import { racingIncrements } from "./programs.ts";

/** An exploration by fresh modules (their caches of generated functions empty). */
async function freshExplore(): Promise<() => unknown> {
  vi.resetModules();
  const { exploreProgram } = await import("../../src/index.ts");
  return () => exploreProgram([{ name: "main.py", text: racingIncrements(2, 2) }], { model: "free-threaded", maxExecutions: 100_000 });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test("without code generation, copies and hashes take the generic loops and the search finds the same", async () => {
  const generated = (await freshExplore())();
  const explore = await freshExplore();
  let refused = 0;
  vi.stubGlobal("Function", function forbidden(): never {
    refused++;
    throw new EvalError("code generation from strings disallowed for this context");
  });
  const generic = explore();
  vi.unstubAllGlobals();
  expect(refused).toBeGreaterThan(0);
  expect(generic).toEqual(generated);
  expect(generated).toMatchObject({ complete: true });
}, 120_000);
