// NATIVES.md is the machine's to-do list: every module the Python library imports that is not in
// the library itself must have a section there, and every attribute the library uses of it must
// be named in that section.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { PYLIB } from "../../src/pylib/sources.generated.ts";

const natives = readFileSync(new URL("../../src/pylib/NATIVES.md", import.meta.url), "utf8");

/** Section text per native module: `## \`name\`` up to the next `## `. */
function sections(): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of natives.split(/^## /m).slice(1)) {
    const heading = /^`([\w.]+)`/.exec(part);
    if (heading !== null) found.set(heading[1]!, part);
  }
  return found;
}

/** Native module name → attributes the library uses (`import m` + `m.attr`, `from m import a`). */
function nativeUses(): Map<string, Set<string>> {
  const uses = new Map<string, Set<string>>();
  const use = (module: string, attr?: string): void => {
    if (module.startsWith(".") || module in PYLIB) return;
    const attrs = uses.get(module) ?? new Set<string>();
    if (attr !== undefined) attrs.add(attr);
    uses.set(module, attrs);
  };
  for (const source of Object.values(PYLIB)) {
    for (const [, module, alias] of source.matchAll(/^\s*import ([\w.]+)(?: as (\w+))?\s*$/gm)) {
      use(module!);
      const local = alias ?? module!;
      for (const [, attr] of source.matchAll(new RegExp(`\\b${local}\\.(\\w+)`, "g"))) use(module!, attr!);
    }
    for (const [, module, names] of source.matchAll(/^\s*from ([\w.]+) import \(?([\w\s,]+)\)?/gm)) {
      for (const name of names!.split(",")) use(module!, name.trim().split(/\s+/)[0]!);
    }
  }
  return uses;
}

describe("NATIVES.md covers what the Python library uses", () => {
  const documented = sections();
  const used = nativeUses();

  test("the library uses natives (the scan works)", () => {
    expect([...used.keys()].sort()).toEqual(
      ["_collections", "_interleave", "_multiprocessing", "_pickle", "_thread", "atexit", "os", "select", "signal", "sys", "time", "traceback"],
    );
  });

  test.each([...used.keys()].sort())("%s", (module) => {
    const section = documented.get(module);
    expect(section, `no section for ${module}`).toBeDefined();
    const missing = [...used.get(module)!].filter((attr) => !section!.includes(attr));
    expect(missing).toEqual([]);
  });
});
