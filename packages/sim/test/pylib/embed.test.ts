// sources.generated.ts must be what scripts/embed-pylib.mjs makes of src/pylib today.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
// @ts-expect-error -- a plain .mjs script without type declarations
import { generate, generatedPath } from "../../scripts/embed-pylib.mjs";
import { PYLIB, PYLIB_PACKAGES } from "../../src/pylib/sources.generated.ts";

describe("embedded pylib", () => {
  test("sources.generated.ts is up to date (run node scripts/embed-pylib.mjs)", () => {
    expect(readFileSync(generatedPath as string, "utf8")).toBe((generate as () => string)());
  });

  test("names modules as Python imports them", () => {
    expect(PYLIB["threading"]).toContain("class Thread:");
    expect(PYLIB["queue"]).toContain("class Queue:");
  });

  test("packages come from __init__.py, and every submodule's parent is one", () => {
    expect([...PYLIB_PACKAGES].sort()).toEqual(["concurrent", "concurrent.futures", "multiprocessing", "multiprocessing.dummy"]);
    for (const name of Object.keys(PYLIB)) {
      const parent = name.split(".").slice(0, -1).join(".");
      if (parent !== "") expect(PYLIB_PACKAGES.has(parent), name).toBe(true);
    }
  });
});
