import { defineConfig } from "vitest/config";

// The suites spawn processes (the CLI, python3) and run long simulations; on a loaded 2-core machine
// with every package's tests running at once, vitest's 5 s default turns slowness into failures. This
// is a guard against hangs, not a speed check (speed is measured by the bench scripts).
export default defineConfig({
  test: { testTimeout: 120_000, hookTimeout: 120_000 },
});
