// One migrated template database per run; each test file clones it (CREATE DATABASE … TEMPLATE is
// fast), so files never see each other's rows. Everything this run created is dropped at the end.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../client.ts";
import { readConfig } from "../env.ts";
import { withDatabaseName } from "./template.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = readConfig().testDatabaseUrl;
  if (!serverUrl) throw new Error("The postgres test project needs TEST_DATABASE_URL");
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const templateName = `interleave_tpl_${runId}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${templateName}"`).catch(async (error: Error) => {
    await admin.end({ timeout: 1 });
    throw new Error(`TEST_DATABASE_URL (${new URL(serverUrl).host}): cannot create a test database: ${error.message}`);
  });
  const handle = await openDatabase({ backend: "postgres", url: withDatabaseName(serverUrl, templateName) });
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
  project.provide("interleaveTestDatabase", { backend: "postgres", serverUrl, templateName, runId });
  return async () => {
    const leftovers = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`interleave_%${runId}%`}`;
    for (const { datname } of leftovers) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    await admin.end({ timeout: 5 });
  };
}
