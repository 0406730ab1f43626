// Functions generated at run time (the fast path, per-shape copies and hashes), or null where the host
// forbids code generation (a Content-Security-Policy): callers then keep their generic code.

/** `new Function(...parameters, body)`, or null when the host forbids it. */
export function generatedFunction<F>(parameters: readonly string[], body: string): F | null {
  try {
    return new Function(...parameters, body) as F;
  } catch (error) {
    if (error instanceof EvalError) return null;
    throw error;
  }
}
