import { demoAssignments, schema, seedDemo } from "@interleave/db";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBankExercises, openFixture, type Fixture } from "./helpers.ts";

let fx: Fixture;
beforeAll(async () => {
  fx = await openFixture({ exercises: demoAssignments.flatMap((a) => a.exercises) });
});
afterAll(async () => {
  await fx?.close();
});

describe("demo seed after the bank import", () => {
  it("puts both learners in the teacher's class with two published assignments from the bank, once", async () => {
    await seedDemo(fx.handle.db, async (p) => `hash:${p}`);
    const mine = await fx.as("ada").assignments.listMine();
    expect(mine.map((a) => a.title)).toEqual(demoAssignments.map((a) => a.title));
    expect(mine.every((a) => a.className === "Concurrency 101" && a.status === "published")).toBe(true);
    expect((await fx.as("bob").assignments.listMine()).length).toBe(2);
    const items = await fx.handle.db.select().from(schema.assignmentItems).where(eq(schema.assignmentItems.assignmentId, "demo-warm-up")).orderBy(asc(schema.assignmentItems.position));
    expect(items.map((i) => i.exerciseVersionId.split("@")[0])).toEqual(demoAssignments[0]!.exercises);
  });

  it("leaves a teacher's later edits alone when seeding again", async () => {
    await fx.as("teacher").assignments.update({ assignmentId: "demo-warm-up", title: "Renamed", exerciseIds: ["io-sequential"] });
    await importBankExercises(fx.handle, ["io-sequential"]);
    await seedDemo(fx.handle.db, async (p) => `hash:${p}`);
    const warmUp = await fx.as("teacher").assignments.get({ assignmentId: "demo-warm-up" });
    expect(warmUp.title).toBe("Renamed");
    expect(warmUp.items).toHaveLength(1);
  });
});
