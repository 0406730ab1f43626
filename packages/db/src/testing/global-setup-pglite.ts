// Creating and migrating a PGlite database takes 10–30 s, so it happens once (cached on disk by
// migration content) and every test file loads a copy of the dump in ~2 s.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrationsFolder, openDatabase } from "../client.ts";
import "./template.ts";

export default async function setup(project: TestProject): Promise<void> {
  const dumpPath = await ensureTemplateDump();
  project.provide("interleaveTestDatabase", { backend: "pglite", dumpPath });
}

async function ensureTemplateDump(): Promise<string> {
  const cacheDir = path.join(migrationsFolder(), "..", "node_modules", ".cache", "interleave-test");
  const dumpPath = path.join(cacheDir, `pglite-${await migrationsHash()}.tar.gz`);
  if (await exists(dumpPath)) return dumpPath;
  await mkdir(cacheDir, { recursive: true });
  const handle = await openDatabase({ backend: "pglite" });
  try {
    await handle.migrate();
    const dump = await handle.dump!();
    // Write then rename, so a parallel run never reads half a file.
    const partial = `${dumpPath}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, dumpPath);
  } finally {
    await handle.close();
  }
  return dumpPath;
}

async function migrationsHash(): Promise<string> {
  const hash = createHash("sha256");
  const folder = migrationsFolder();
  for (const name of (await readdir(folder)).filter((n) => n.endsWith(".sql")).sort()) {
    hash.update(name).update(await readFile(path.join(folder, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
