import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvField } from "../src/csv.ts";
import { openFixture, type Fixture } from "./helpers.ts";

let fx: Fixture;
beforeAll(async () => {
  fx = await openFixture({ exercises: [] });
});
afterAll(async () => {
  await fx?.close();
});

describe("classes", () => {
  it("a teacher creates a class with a fresh join code, renames it, and learners join by code", async () => {
    const created = await fx.as("otherTeacher").classes.create({ name: "  Threads 2  " });
    expect(created).toMatchObject({ name: "Threads 2", teacherId: "t2" });
    expect(created.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(await fx.as("otherTeacher").classes.rename({ classId: created.id, name: "Threads II" })).toEqual({ id: created.id, name: "Threads II" });
    expect(await fx.as("outsider").classes.join({ joinCode: created.joinCode.toLowerCase() })).toEqual({ id: created.id, name: "Threads II" });
    expect(await fx.as("outsider").classes.join({ joinCode: created.joinCode })).toEqual({ id: created.id, name: "Threads II" });
    expect((await fx.as("outsider").classes.mine()).map((c) => c.name)).toEqual(["Threads II"]);
    expect(await fx.as("outsider").classes.get({ classId: created.id })).toEqual({ id: created.id, name: "Threads II", teacher: "Alan Teacher", joinCode: null });
    expect((await fx.as("otherTeacher").classes.list()).map((c) => c.name)).toEqual(["Other class", "Threads II"]);
  });

  it("refuses an unknown join code and an empty name", async () => {
    await expect(fx.as("ada").classes.join({ joinCode: "ZZZZZZ" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(fx.as("teacher").classes.create({ name: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("lists the members and removes one", async () => {
    const teacher = fx.as("teacher");
    expect((await teacher.classes.members({ classId: "demo-class" })).map((m) => m.email)).toEqual(["ada@interleave.test", "bob@interleave.test"]);
    expect(await teacher.classes.removeMember({ classId: "demo-class", userId: "demo-bob" })).toEqual({ removed: true });
    expect((await teacher.classes.members({ classId: "demo-class" })).map((m) => m.name)).toEqual(["Ada Lovelace"]);
    await expect(teacher.classes.removeMember({ classId: "demo-class", userId: "demo-bob" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(fx.as("bob").classes.get({ classId: "demo-class" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("exports a class without assignments as a header and one row per learner", async () => {
    const { csv } = await fx.as("admin").classes.exportCsv({ classId: "demo-class" });
    expect(csv).toBe("name,email,total (/0)\r\nAda Lovelace,ada@interleave.test,0\r\n");
  });

  it("quotes CSV fields and defuses formulas", () => {
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(-1.5)).toBe("-1.5");
    expect(csvField(null)).toBe("");
  });
});

describe("admin", () => {
  it("lists users, searches them, and changes a role (not its own)", async () => {
    const admin = fx.as("admin");
    expect((await admin.admin.users()).map((u) => u.email)).toContain("carol@school.test");
    expect((await admin.admin.users({ search: "TURING" })).map((u) => u.id)).toEqual(["t2"]);
    expect(await admin.admin.setRole({ userId: "l3", role: "teacher" })).toEqual({ id: "l3", role: "teacher" });
    await expect(admin.admin.setRole({ userId: "demo-admin", role: "learner" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.admin.setRole({ userId: "nobody", role: "learner" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await admin.admin.setRole({ userId: "l3", role: "learner" });
  });

  it("sees every class with its teacher and member count", async () => {
    const classes = await fx.as("admin").admin.classes();
    expect(classes.find((c) => c.id === "demo-class")).toMatchObject({ teacher: "Grace Teacher", members: 1 });
    expect(classes.find((c) => c.id === "other-class")).toMatchObject({ teacher: "Alan Teacher", members: 0 });
  });
});
