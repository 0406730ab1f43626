// The one error type primitives throw; the VM turns it into the Python exception it names.

/**
 * The Python exception a primitive raises. `"Unsupported"` marks behaviour outside the simulator's
 * subset (e.g. a complex result); the VM reports it as a SimulatorError instead of a Python exception.
 */
export type PyErrorType =
  | "ZeroDivisionError"
  | "ValueError"
  | "OverflowError"
  | "TypeError"
  | "IndexError"
  | "KeyError"
  | "UnicodeDecodeError"
  | "UnicodeEncodeError"
  | "Unsupported";

/** A Python exception raised by a primitive: `pyType` and CPython's exact `message` text. */
export class PrimitiveError extends Error {
  readonly pyType: PyErrorType;

  constructor(pyType: PyErrorType, message: string) {
    super(message);
    this.name = "PrimitiveError";
    this.pyType = pyType;
  }
}
