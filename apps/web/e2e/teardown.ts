// Removes the temporary data folder the config created for this run's server.
import { rmSync } from "node:fs";

export default function teardown(): void {
  const dataDir = process.env.E2E_DATA_DIR;
  if (dataDir?.includes("interleave-e2e-")) rmSync(dataDir, { recursive: true, force: true });
}
