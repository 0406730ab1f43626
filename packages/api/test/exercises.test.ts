import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { schema } from "@interleave/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncBank } from "../src/index.ts";
import { bankDir, openFixture, TEACHER_MAIN, TEACHER_YAML, type Fixture } from "./helpers.ts";

let fx: Fixture;
beforeAll(async () => {
  fx = await openFixture({ exercises: [] });
});
afterAll(async () => {
  await fx?.close();
});

const files = [{ name: "main.py", text: TEACHER_MAIN }];

describe("bank import", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "interleave-bank-"));
    for (const slug of ["io-sequential", "cpu-one-task"]) await cp(path.join(bankDir, slug), path.join(dir, slug), { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("imports every folder once; a changed file makes a new version; a removed folder is archived", async () => {
    expect(await syncBank(fx.handle.db, dir)).toEqual({ imported: 2, newVersions: 2, archived: 0, failures: [] });
    expect((await syncBank(fx.handle.db, dir)).newVersions).toBe(0);
    await writeFile(path.join(dir, "io-sequential", "main.py"), (await import("node:fs")).readFileSync(path.join(bankDir, "io-sequential", "main.py"), "utf8") + "# edited\n");
    await rm(path.join(dir, "cpu-one-task"), { recursive: true });
    expect(await syncBank(fx.handle.db, dir)).toEqual({ imported: 1, newVersions: 1, archived: 1, failures: [] });
    const versions = await fx.handle.db.select().from(schema.exerciseVersions).where(eq(schema.exerciseVersions.exerciseId, "io-sequential"));
    expect(versions).toHaveLength(2);
    const [row] = await fx.handle.db.select().from(schema.exercises).where(eq(schema.exercises.id, "io-sequential"));
    expect(versions.map((v) => v.id)).toContain(row!.currentVersionId);
    expect(versions.find((v) => v.id === row!.currentVersionId)!.yaml).toMatch(/^title: Downloads one after another/m);
  });

  it("reports a broken folder without stopping the import", async () => {
    await cp(path.join(bankDir, "io-sequential"), path.join(dir, "broken"), { recursive: true });
    await writeFile(path.join(dir, "broken", "exercise.yaml"), "title: [unclosed\n");
    const result = await syncBank(fx.handle.db, dir);
    expect(result.failures.map((f) => f.slug)).toEqual(["broken"]);
    expect(result.imported).toBe(1);
  });
});

describe("exercises router", () => {
  it("lists the bank filtered by concept and difficulty, without archived exercises", async () => {
    const list = await fx.as("ada").exercises.list({ concept: "io-bound" });
    expect(list.map((e) => e.id)).toEqual(["io-sequential"]);
    expect(list[0]).toMatchObject({ source: "bank", difficulty: 1, questions: 2, summary: expect.any(String) });
    expect(await fx.as("ada").exercises.list({ difficulty: 5 })).toEqual([]);
    expect((await fx.as("ada").exercises.list()).map((e) => e.id)).not.toContain("cpu-one-task");
  });

  it("gives a learner the stripped view and a teacher the whole exercise", async () => {
    const learner = await fx.as("ada").exercises.get({ exerciseId: "io-sequential" });
    expect(learner.view).toBe("learner");
    expect(JSON.stringify(learner)).not.toMatch(/explanation|Waits in a row|cpython/);
    const teacher = await fx.as("teacher").exercises.get({ exerciseId: "io-sequential" });
    expect(teacher.view === "full" && teacher.exercise.spec.explanation).toMatch(/Waits in a row/);
    expect(teacher.view === "full" && teacher.editable).toBe(false);
  });

  it("validates a teacher's exercise with the exercises package, line by line", async () => {
    const bad = fx.as("teacher").exercises.create({ slug: "bad", yaml: TEACHER_YAML.replace("difficulty: 1", "difficulty: 9"), files });
    await expect(bad).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/difficulty/) });
    const noMain = fx.as("teacher").exercises.create({ slug: "bad", yaml: TEACHER_YAML, files: [{ name: "other.py", text: "print(1)\n" }] });
    await expect(noMain).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/no main.py/) });
  });

  it("creates and edits a teacher's exercise as versions; only its author edits it; bank exercises are files", async () => {
    const teacher = fx.as("teacher");
    const created = await teacher.exercises.create({ slug: "the-answer", yaml: TEACHER_YAML, files });
    const same = await teacher.exercises.update({ exerciseId: created.id, slug: "the-answer", yaml: TEACHER_YAML, files });
    expect(same).toMatchObject({ versionId: created.versionId, newVersion: false });
    const edited = await teacher.exercises.update({ exerciseId: created.id, slug: "the-answer", yaml: TEACHER_YAML.replace("Prints one number.", "Prints a number."), files });
    expect(edited.newVersion).toBe(true);
    const full = await teacher.exercises.get({ exerciseId: created.id });
    expect(full.view === "full" && full.versions.map((v) => v.id)).toEqual([created.versionId, edited.versionId]);
    expect((await teacher.exercises.list()).map((e) => e.id)).toContain(created.id);
    expect((await fx.as("otherTeacher").exercises.list()).map((e) => e.id)).not.toContain(created.id);
    await expect(fx.as("otherTeacher").exercises.update({ exerciseId: created.id, slug: "x", yaml: TEACHER_YAML, files })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(teacher.exercises.update({ exerciseId: "io-sequential", slug: "io-sequential", yaml: TEACHER_YAML, files })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/files in exercises/),
    });
  });

  it("previews the derived answers of a draft", async () => {
    const preview = await fx.as("teacher").exercises.preview({ slug: "draft", yaml: TEACHER_YAML, files });
    expect(preview.ok && preview.derived.questions).toEqual([{ kind: "output", id: "printed", stdout: "answer 1\n" }]);
    // An order question about lines the program never prints cannot be answered: the preview says why.
    const orderYaml = `${TEACHER_YAML}  - id: order\n    kind: order\n    prompt: In which order?\n    lines: ["a", "b"]\n`;
    const broken = await fx.as("teacher").exercises.preview({ slug: "draft", yaml: orderYaml, files });
    expect(broken).toMatchObject({ ok: false, error: expect.stringMatching(/question order/) });
  });
});
