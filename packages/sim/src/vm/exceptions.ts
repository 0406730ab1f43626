// Raising Python exceptions from native code: PyThrow carries a PyException through JS frames until
// the interpreter's handler lookup catches it.

import { PrimitiveError } from "./primitives/errors.ts";
import { SimulatorError } from "../api.ts";
import { exceptionTypeNamed, type ExceptionName } from "./types.ts";
import { PyException, PyTuple, type PyType, type PyValue } from "./values.ts";

export class PyThrow extends Error {
  constructor(readonly exception: PyException) {
    super("python exception");
  }
}

export function newException(type: PyType, args: readonly PyValue[]): PyException {
  const exc = new PyException(type);
  exc.args = new PyTuple(args);
  return exc;
}

/** A PyThrow of the built-in exception `name` with one message argument (or no args). */
export function pyError(name: ExceptionName, message?: PyValue): PyThrow {
  return new PyThrow(newException(exceptionTypeNamed(name), message === undefined ? [] : [message]));
}

export const typeError = (message: string): PyThrow => pyError("TypeError", message);
export const valueError = (message: string): PyThrow => pyError("ValueError", message);
export const attributeError = (message: string): PyThrow => pyError("AttributeError", message);
export const indexError = (message: string): PyThrow => pyError("IndexError", message);

/** Runs a primitive, turning its PrimitiveError into the Python exception it names. */
export function primitive<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw convertPrimitiveError(error);
  }
}

export function convertPrimitiveError(error: unknown): unknown {
  if (!(error instanceof PrimitiveError)) return error;
  if (error.pyType === "Unsupported") return new SimulatorError(error.message);
  return pyError(error.pyType, error.message);
}
