// Shared zod pieces for procedure inputs.
import { z } from "zod";

export const id = z.string().trim().min(1).max(100);
export const className = z.string().trim().min(1, "a class needs a name").max(100);
export const joinCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6}$/, "a join code is 6 letters or digits");
/** A client-chosen key: retrying a submit with the same key returns the first result. */
export const idempotencyKey = z.string().trim().min(8, "an idempotency key has at least 8 characters").max(100);
/** A submission's or draft's answers: question id → answer, checked against the exercise later. */
export const answers = z
  .record(z.string().max(100), z.unknown())
  .refine((value) => JSON.stringify(value).length <= 100_000, "answers are limited to 100 kB");
export const sourceFiles = z
  .array(z.object({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*\.py$/, "a file is named like module.py"), text: z.string().max(100_000) }))
  .min(1)
  .max(10);
