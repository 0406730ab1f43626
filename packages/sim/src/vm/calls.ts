// Binding call arguments to a Python function's parameters (CPython's exact error messages).

import { CodeFlag } from "../bytecode/code.ts";
import { typeError } from "./exceptions.ts";
import { Frame } from "./frames.ts";
import { keyPolicy } from "./objects.ts";
import type { PyFunction} from "./values.ts";
import { PyDict, PyTuple, type PyValue, type VmContext } from "./values.ts";

function quoteList(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length === 1) return quoted[0] as string;
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

function missingError(fn: PyFunction, names: string[], kind: "positional" | "keyword-only"): Error {
  const plural = names.length === 1 ? "argument" : "arguments";
  return typeError(`${fn.qualname}() missing ${names.length} required ${kind} ${plural}: ${quoteList(names)}`);
}

function tooManyPositional(fn: PyFunction, given: number, kwGiven: number): Error {
  const code = fn.code;
  const max = code.argCount;
  const min = max - fn.defaults.length;
  const takes = min === max ? `${max}` : `from ${min} to ${max}`;
  const plural = max === 1 && min === max ? "argument" : "arguments";
  const kwPart = kwGiven > 0 ? ` positional argument${given === 1 ? "" : "s"} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? "" : "s"})` : "";
  const was = given === 1 && kwGiven === 0 ? "was" : "were";
  if (kwPart) return typeError(`${fn.qualname}() takes ${takes} positional ${plural} but ${given}${kwPart} were given`);
  return typeError(`${fn.qualname}() takes ${takes} positional ${plural} but ${given} ${was} given`);
}

/** A new frame for calling `fn` with positional `args` and keyword arguments. */
export function frameForCall(
  vm: VmContext,
  fn: PyFunction,
  args: readonly PyValue[],
  kwargs: Map<string, PyValue> | null,
): Frame {
  const code = fn.code;
  const frame = new Frame(code, fn.globals, fn.builtins, fn.globals, fn);
  const locals = frame.locals;
  const argCount = code.argCount;
  const hasVarargs = (code.flags & CodeFlag.VARARGS) !== 0;
  const hasVarkw = (code.flags & CodeFlag.VARKEYWORDS) !== 0;
  const kwOnlyStart = argCount;
  const varargsIndex = argCount + code.kwOnlyArgCount;
  const varkwIndex = varargsIndex + (hasVarargs ? 1 : 0);

  const positional = Math.min(args.length, argCount);
  for (let i = 0; i < positional; i++) locals[i] = args[i];
  if (hasVarargs) locals[varargsIndex] = new PyTuple(args.slice(argCount));
  else if (args.length > argCount) {
    const kwOnlyGiven = kwargs ? [...kwargs.keys()].filter((k) => code.varnames.indexOf(k) >= kwOnlyStart && code.varnames.indexOf(k) < varargsIndex).length : 0;
    throw tooManyPositional(fn, args.length, kwOnlyGiven);
  }

  let extra: PyDict | null = null;
  if (hasVarkw) {
    extra = new PyDict();
    locals[varkwIndex] = extra;
  }
  if (kwargs) {
    for (const [name, value] of kwargs) {
      const index = code.varnames.indexOf(name);
      if (index >= code.posOnlyArgCount && index < varargsIndex) {
        if (locals[index] !== undefined) throw typeError(`${fn.qualname}() got multiple values for argument '${name}'`);
        locals[index] = value;
      } else if (extra) {
        extra.table.set(keyPolicy(vm), name, value);
      } else {
        throw typeError(`${fn.qualname}() got an unexpected keyword argument '${name}'`);
      }
    }
  }

  const defaults = fn.defaults;
  const firstDefault = argCount - defaults.length;
  const missing: string[] = [];
  for (let i = args.length; i < argCount; i++) {
    if (locals[i] !== undefined) continue;
    if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
    else missing.push(code.varnames[i] as string);
  }
  if (missing.length > 0) throw missingError(fn, missing, "positional");
  const missingKw: string[] = [];
  for (let i = kwOnlyStart; i < varargsIndex; i++) {
    if (locals[i] !== undefined) continue;
    const name = code.varnames[i] as string;
    const fallback = fn.kwdefaults?.get(name);
    if (fallback !== undefined) locals[i] = fallback;
    else missingKw.push(name);
  }
  if (missingKw.length > 0) throw missingError(fn, missingKw, "keyword-only");
  return frame;
}
