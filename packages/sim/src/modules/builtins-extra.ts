// Built-ins the library needs beyond Simulator I's set: int.to_bytes/int.from_bytes (multiprocessing's
// message framing) and iter(callable, sentinel) as a generator over the calls, so a blocking callable
// (`iter(queue.get, None)` in pool threads) runs on the thread's own frames and can block.

import { pyError as pyErrorNamed, typeError, valueError } from "../vm/exceptions.ts";
import { getIter, iterableToArray } from "../vm/iteration.ts";
import { utf8Decode } from "../vm/primitives/bytes.ts";
import { getAttr } from "../vm/attrs.ts";
import { HELPER_MODULE } from "../vm/sorting.ts";
import { BYTES, INT } from "../vm/types.ts";
import { isIntLike } from "../vm/numbers.ts";
import { PyBuiltinFunction, PyBytes, PyClassMethod, type PyValue, type VmContext } from "../vm/values.ts";

/** Python source of the helper module the machine serves as `_interleave_builtins`. */
export const BUILTINS_HELPER_SOURCE = `
import _interleave


def callable_iterator(function, sentinel):
    while True:
        value = function()
        if value == sentinel:
            return
        yield value


def sorted_by_key(items, key, reverse):
    return _interleave.sort_by_keys(items, [key(item) for item in items], reverse)


def sort_by_key(items, key, reverse):
    _interleave.sort_by_keys(items, [key(item) for item in items], reverse, True)
`;
export const BUILTINS_HELPER_MODULE = HELPER_MODULE;

function byteOrder(value: PyValue | undefined): "big" | "little" {
  if (value === "big" || value === "little") return value;
  throw valueError("byteorder must be either 'little' or 'big'");
}

function toBytes(value: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): PyBytes {
  const length = Number(args[0] ?? kwargs?.get("length") ?? 1);
  const order = byteOrder(args[1] ?? kwargs?.get("byteorder") ?? "big");
  const signed = Boolean(kwargs?.get("signed") ?? false);
  let n = BigInt(value as number | bigint);
  const bits = BigInt(length * 8);
  if (signed ? n < -(1n << (bits - 1n)) || n >= 1n << (bits - 1n) : n < 0n || n >= 1n << bits) {
    throw pyErrorNamed("OverflowError", signed || n >= 0n ? "int too big to convert" : "can't convert negative int to unsigned");
  }
  if (n < 0n) n += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--, n >>= 8n) out[i] = Number(n & 0xffn);
  if (order === "little") out.reverse();
  return new PyBytes(out);
}

function fromBytes(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const data = args[1];
  if (!(data instanceof PyBytes)) throw typeError("cannot convert object to bytes");
  const order = byteOrder(args[2] ?? kwargs?.get("byteorder") ?? "big");
  const signed = Boolean(kwargs?.get("signed") ?? false);
  const bytes = order === "little" ? [...data.bytes].reverse() : [...data.bytes];
  let n = 0n;
  for (const byte of bytes) n = (n << 8n) | BigInt(byte);
  if (signed && bytes.length > 0 && (bytes[0] as number) & 0x80) n -= 1n << BigInt(bytes.length * 8);
  return Number.isSafeInteger(Number(n)) ? Number(n) : n;
}

INT.dict.set("to_bytes", new PyBuiltinFunction("to_bytes", (_vm, [self, ...rest], kwargs) => {
  if (!isIntLike(self as PyValue)) throw typeError("descriptor 'to_bytes' requires an 'int' object");
  return toBytes(self as PyValue, rest, kwargs);
}, undefined, "int.to_bytes"));
INT.dict.set("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", (_vm, args, kwargs) => fromBytes(args, kwargs), undefined, "int.from_bytes")));

/** iter(x) / iter(callable, sentinel). */
export const ITER = new PyBuiltinFunction("iter", (vm: VmContext, args: PyValue[]) => {
  if (args.length === 2) {
    const helper = getAttr(vm, vm.importModule(BUILTINS_HELPER_MODULE), "callable_iterator");
    return vm.call(helper, args);
  }
  if (args.length !== 1) throw typeError(`iter expected at most 2 arguments, got ${args.length}`);
  return getIter(vm, args[0] as PyValue);
});

// ---------- bytes methods the library and pipe programs use ----------

function bytesMethod(name: string, fn: (vm: VmContext, self: PyBytes, args: PyValue[]) => PyValue): void {
  BYTES.dict.set(name, new PyBuiltinFunction(name, (vm, [self, ...args]) => fn(vm, self as PyBytes, args), undefined, `bytes.${name}`));
}

bytesMethod("decode", (_vm, self) => utf8Decode(self.bytes));
bytesMethod("join", (vm, self, [iterable]) => {
  const parts = iterableToArray(vm, iterable as PyValue).map((part) => {
    if (!(part instanceof PyBytes)) throw typeError("sequence item 0: expected a bytes-like object");
    return [...part.bytes];
  });
  const out: number[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(...self.bytes);
    out.push(...part);
  });
  return new PyBytes(Uint8Array.from(out));
});
bytesMethod("startswith", (_vm, self, [prefix]) => prefix instanceof PyBytes && prefix.bytes.every((b, i) => self.bytes[i] === b));
