// Who goes next: the one narrow interface every scheduling decision passes through, so the explorer
// (Simulator III) can plug in DFS and replay choosers. The realistic chooser follows the timing.

import type { SimThread } from "./thread.ts";

/**
 * - run: which on-core thread executes next (the machine offers those at the earliest local time);
 * - core: which queued thread gets a free core;
 * - gil: which GIL waiter takes the GIL it was handed;
 * - wake: which of the threads woken by one event retries first.
 */
export type ChoicePoint = "run" | "core" | "gil" | "wake";

export interface Chooser {
  /** Picks one of `candidates` (never empty, in a deterministic order). */
  pick(point: ChoicePoint, candidates: readonly SimThread[]): SimThread;
}

/** Realistic: the earliest ready, first come first served on ties. */
export const realisticChooser: Chooser = {
  pick(_point, candidates) {
    let best = candidates[0] as SimThread;
    for (const candidate of candidates) if (candidate.localNs < best.localNs) best = candidate;
    return best;
  },
};
