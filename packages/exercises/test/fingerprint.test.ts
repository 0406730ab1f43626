import { describe, expect, it } from "vitest";
import { exerciseVersion, fingerprint } from "../src/fingerprint.ts";
import type { FingerprintInput } from "../src/fingerprint.ts";

const base: FingerprintInput = {
  engineVersion: "0.1.0",
  files: [{ name: "main.py", text: "N = 2\nprint(N)\n" }],
  spec: {
    machine: { model: "gil", cores: 4, stdout: "terminal" },
    misconceptions: [],
    questions: [{ id: "q", kind: "output", prompt: "What?", points: 1 }],
  },
  parameters: { N: 2 },
};

describe("fingerprint", () => {
  it("is stable: the same input, or the same input with keys in another order, hashes the same", () => {
    const reordered: FingerprintInput = {
      parameters: { N: 2 },
      spec: { questions: base.spec.questions, misconceptions: [], machine: { stdout: "terminal", cores: 4, model: "gil" } },
      files: base.files,
      engineVersion: "0.1.0",
    };
    expect(fingerprint(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint(reordered)).toBe(fingerprint(base));
  });

  it("changes with everything an answer depends on", () => {
    const variants: FingerprintInput[] = [
      { ...base, engineVersion: "0.2.0" },
      { ...base, files: [{ name: "main.py", text: "N = 2\nprint(N + 1)\n" }] },
      { ...base, spec: { ...base.spec, machine: { ...base.spec.machine, cores: 1 } } },
      { ...base, spec: { ...base.spec, machine: { ...base.spec.machine, model: "free-threaded" } } },
      { ...base, parameters: { N: 3 } },
      { ...base, spec: { ...base.spec, questions: [{ id: "q", kind: "count", prompt: "What?", points: 1, line: "2" }] } },
      { ...base, spec: { ...base.spec, misconceptions: ["atomic-statements"] } },
    ];
    const prints = new Set([base, ...variants].map(fingerprint));
    expect(prints.size).toBe(variants.length + 1);
  });

  it("ignores what does not change a derived answer: question prompts and points", () => {
    const reworded = { ...base, spec: { ...base.spec, questions: [{ id: "q", kind: "output" as const, prompt: "What does it print?", points: 3 }] } };
    expect(fingerprint(reworded)).toBe(fingerprint(base));
  });
});

describe("exerciseVersion", () => {
  const folder = [
    { name: "exercise.yaml", text: "title: A\n" },
    { name: "main.py", text: "print(1)\n" },
  ];

  it("does not depend on the order files were read in", () => {
    expect(exerciseVersion([...folder].reverse())).toBe(exerciseVersion(folder));
  });

  it("changes with any edit, even to the wording", () => {
    expect(exerciseVersion([{ name: "exercise.yaml", text: "title: B\n" }, folder[1]!])).not.toBe(exerciseVersion(folder));
    expect(exerciseVersion([...folder, { name: "tasks.py", text: "" }])).not.toBe(exerciseVersion(folder));
  });
});
