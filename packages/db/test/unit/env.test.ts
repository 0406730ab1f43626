import path from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/env.ts";

describe("readConfig", () => {
  it("defaults to the embedded database in .data with demo seeding on port 3000", () => {
    const config = readConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve(".data"));
    expect(config.seedDemo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.baseUrl).toBe("http://localhost:3000");
  });

  it("seeds a PostgreSQL server only when INTERLEAVE_DEMO=1", () => {
    const url = "postgres://u@db.example:5432/app";
    expect(readConfig({ DATABASE_URL: url }).seedDemo).toBe(false);
    expect(readConfig({ DATABASE_URL: url, INTERLEAVE_DEMO: "1" }).seedDemo).toBe(true);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(readConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  it("rejects bad values with a message naming the variable", () => {
    expect(() => readConfig({ DATABASE_URL: "mysql://x/y" })).toThrow(/must be a postgres:\/\/.*\n.*DATABASE_URL/);
    expect(() => readConfig({ PORT: "http" })).toThrow(/PORT/);
    expect(() => readConfig({ BETTER_AUTH_SECRET: "short" })).toThrow(/at least 32/);
  });

  it("finds the bank in the workspace and validates the grading settings", () => {
    const config = readConfig({});
    expect(config.exercisesDir).toBe(path.resolve(import.meta.dirname, "../../../../exercises"));
    expect(config.gradingTimeoutMs).toBe(30_000);
    expect(readConfig({ INTERLEAVE_EXERCISES_DIR: "/srv/bank" }).exercisesDir).toBe("/srv/bank");
    expect(readConfig({ INTERLEAVE_GRADING_THREADS: "2" }).gradingThreads).toBe(2);
    expect(() => readConfig({ INTERLEAVE_GRADING_TIMEOUT_MS: "5" })).toThrow(/INTERLEAVE_GRADING_TIMEOUT_MS/);
    expect(() => readConfig({ INTERLEAVE_SUBMIT_RATE_LIMIT: "0" })).toThrow(/INTERLEAVE_SUBMIT_RATE_LIMIT/);
  });

  it("trusts no proxy unless TRUST_PROXY lists addresses or ranges", () => {
    expect(readConfig({}).trustedProxies).toEqual([]);
    expect(readConfig({ TRUST_PROXY: " 10.0.0.0/8, ::1 ,127.0.0.1" }).trustedProxies).toEqual(["10.0.0.0/8", "::1", "127.0.0.1"]);
    expect(() => readConfig({ TRUST_PROXY: "1" })).toThrow(/TRUST_PROXY lists proxy addresses/);
    expect(() => readConfig({ TRUST_PROXY: "10.0.0.0/99" })).toThrow(/TRUST_PROXY/);
  });
});
