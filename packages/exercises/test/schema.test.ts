import { describe, expect, it } from "vitest";
import { buildExercise } from "../src/build.ts";
import { CONCEPTS, QUESTION_KINDS, parseExerciseSpec } from "../src/schema.ts";
import { BASE_YAML, makeExercise } from "./helpers.ts";

const valid = {
  title: "Race",
  summary: "Two threads.",
  concepts: ["race-condition"],
  difficulty: 3,
  prompt: "What?",
  explanation: "This.",
  questions: [
    { id: "values", kind: "value-set", prompt: "Which?", pattern: "^(\\d+)$" },
    { id: "out", kind: "possible-outputs", prompt: "Which?" },
    { id: "time", kind: "duration", prompt: "How long?", tolerance: 0.1 },
  ],
};

function errorsOf(input: unknown): string[] {
  const result = parseExerciseSpec(input, "exercises/race/exercise.yaml");
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("exercise format", () => {
  it("fills in defaults for the machine, parameters and question options", () => {
    const result = parseExerciseSpec(valid, "x.yaml");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.machine).toEqual({ model: "gil", cores: 4, stdout: "terminal" });
    expect(result.value.parameters).toEqual({});
    expect(result.value.cpython).toEqual({ exitCode: 0, hangs: false });
    expect(result.value.questions[1]).toMatchObject({ kind: "possible-outputs", distractors: 3, points: 1 });
  });

  it("names the file and the field path of a wrong type", () => {
    const input = structuredClone(valid);
    (input.questions[2] as Record<string, unknown>).tolerance = "ten percent";
    expect(errorsOf(input)).toEqual(["exercises/race/exercise.yaml: questions[2].tolerance: expected a number"]);
  });

  it("says when a required field is missing", () => {
    const { title: _title, ...input } = valid;
    expect(errorsOf(input)).toEqual(["exercises/race/exercise.yaml: title: expected a string (missing)"]);
  });

  it("lists the question kinds for an unknown kind", () => {
    const input = structuredClone(valid);
    (input.questions[0] as Record<string, unknown>).kind = "guess";
    const [error] = errorsOf(input);
    expect(error).toContain("questions[0].kind");
    expect(error).toContain(QUESTION_KINDS.join(", "));
  });

  it("rejects duplicate question ids", () => {
    const input = { ...structuredClone(valid), questions: [valid.questions[0], { ...valid.questions[1], id: "values" }] };
    expect(errorsOf(input)).toEqual(['exercises/race/exercise.yaml: questions[1].id: duplicate question id "values"']);
  });

  it("rejects unknown concepts, fields, bad regexes and difficulty out of range", () => {
    const input = {
      ...structuredClone(valid),
      concepts: ["telepathy"],
      difficulty: 9,
      colour: "blue",
      questions: [
        { id: "a", kind: "value-set", prompt: "?", pattern: "\\d+" },
        { id: "b", kind: "deadlock", prompt: "?" },
      ],
    };
    const errors = errorsOf(input).join("\n");
    expect(errors).toContain("concepts[0]: Invalid option");
    expect(errors).toContain("difficulty: Too big");
    expect(errors).toContain("unknown field colour");
    expect(errors).toContain("questions[0].pattern: pattern must be a regular expression with one capture group");
  });

  it("checks that a faster variant only overrides the exercise's parameters", () => {
    const input = {
      ...structuredClone(valid),
      parameters: { N: [1, 2] },
      questions: [{ id: "f", kind: "faster", prompt: "?", a: { label: "x", parameters: { M: 1 } }, b: { label: "y" } }],
    };
    expect(errorsOf(input)).toEqual(['exercises/race/exercise.yaml: questions[0].a.parameters.M: "M" is not one of the exercise\'s parameters']);
  });

  it("keeps a faster variant's machine to what it overrides (the rest comes from the exercise)", () => {
    const input = {
      ...structuredClone(valid),
      parameters: { N: [1, 2] },
      questions: [{ id: "f", kind: "faster", prompt: "?", a: { label: "x", machine: { cores: 1 } }, b: { label: "y" } }],
    };
    const result = parseExerciseSpec(input, "x.yaml");
    expect(result.ok && result.value.questions[0]).toMatchObject({ a: { machine: { cores: 1 } }, b: { machine: {}, parameters: {} } });
    expect(result.ok && result.value.questions[0]?.kind === "faster" && Object.keys(result.value.questions[0].a.machine)).toEqual(["cores"]);
  });

  it("exports a fixed list of concepts", () => {
    expect(CONCEPTS).toContain("convoy-effect");
    expect(new Set(CONCEPTS).size).toBe(CONCEPTS.length);
  });
});

describe("buildExercise", () => {
  const yaml = `${BASE_YAML}parameters:\n  N: [2, 3]\nquestions:\n  - { id: q, kind: deadlock, prompt: "?" }\n`;

  it("puts main.py first and versions the folder", () => {
    const built = buildExercise({
      slug: "two-files",
      path: "exercises/two-files",
      yaml,
      pythonFiles: [
        { name: "tasks.py", text: "def f(): pass\n" },
        { name: "main.py", text: "N = 2\n" },
      ],
    });
    expect(built.ok && built.value.files.map((f) => f.name)).toEqual(["main.py", "tasks.py"]);
    expect(built.ok && built.value.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reports a parameter without a top-level assignment, or with a value not allowed", () => {
    const missing = buildExercise({ slug: "p", path: "exercises/p", yaml, pythonFiles: [{ name: "main.py", text: "def f():\n    N = 2\n" }] });
    expect(missing).toEqual({ ok: false, errors: ["exercises/p/exercise.yaml: parameters.N: main.py has no top-level assignment `N = …` (it needs exactly one)"] });
    const other = buildExercise({ slug: "p", path: "exercises/p", yaml, pythonFiles: [{ name: "main.py", text: "N = 5\n" }] });
    expect(other.ok ? [] : other.errors).toEqual(["exercises/p/exercise.yaml: parameters.N: main.py assigns 5, which is not one of the allowed values 2, 3"]);
  });

  it("reports YAML syntax errors and a missing main.py with the file name", () => {
    const bad = buildExercise({ slug: "p", path: "exercises/p", yaml: "title: [unclosed\n", pythonFiles: [] });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors[0]).toBe("exercises/p: no main.py");
    expect(bad.errors[1]).toMatch(/^exercises\/p\/exercise\.yaml: /);
  });

  it("accepts a float parameter written as 1.0 in YAML and in the program", () => {
    const floatYaml = `${BASE_YAML}parameters:\n  DELAY: [1.0, 0.5]\nquestions:\n  - { id: q, kind: deadlock, prompt: "?" }\n`;
    expect(makeExercise(floatYaml, "DELAY = 1.0\n").spec.parameters).toEqual({ DELAY: [1, 0.5] });
  });
});
