// Methods of bytes (self is args[0]) beyond those the library registers in modules/builtins-extra.ts:
// ASCII case mapping, split, strip, find/count, hex; str.encode.

import { pyError, typeError } from "./exceptions.ts";
import { defineMethod } from "./builtins-types.ts";
import { asIndex, typeName } from "./objects.ts";
import { encodeText } from "./codecs.ts";
import { bytesIndexOf } from "./primitives/bytes.ts";
import { BYTES, STR } from "./types.ts";
import { None, PyBytes, PyList, type PyValue } from "./values.ts";

function bytesArg(value: PyValue | undefined, what: string): Uint8Array {
  if (value instanceof PyBytes) return value.bytes;
  throw typeError(`${what} a bytes-like object is required, not '${typeName(value ?? None)}'`);
}

function def(name: string, fn: (self: Uint8Array, args: PyValue[]) => PyValue): void {
  defineMethod(BYTES, name, (_vm, [self, ...args]) => {
    if (!(self instanceof PyBytes)) throw typeError(`descriptor '${name}' for 'bytes' objects doesn't apply to a '${typeName(self ?? None)}' object`);
    return fn(self.bytes, args);
  });
}

const isAsciiLower = (b: number): boolean => b >= 0x61 && b <= 0x7a;
const isAsciiUpper = (b: number): boolean => b >= 0x41 && b <= 0x5a;
const isAsciiSpace = (b: number): boolean => b === 0x20 || (b >= 0x09 && b <= 0x0d);

def("upper", (self) => new PyBytes(self.map((b) => (isAsciiLower(b) ? b - 32 : b))));
def("lower", (self) => new PyBytes(self.map((b) => (isAsciiUpper(b) ? b + 32 : b))));
def("hex", (self) => [...self].map((b) => b.toString(16).padStart(2, "0")).join(""));

function splitOn(self: Uint8Array, sep: Uint8Array, maxsplit: number): PyBytes[] {
  if (sep.length === 0) throw pyError("ValueError", "empty separator");
  const parts: PyBytes[] = [];
  let start = 0;
  for (let at = bytesIndexOf(self, sep, 0); at >= 0 && (maxsplit < 0 || parts.length < maxsplit); at = bytesIndexOf(self, sep, start)) {
    parts.push(new PyBytes(self.slice(start, at)));
    start = at + sep.length;
  }
  parts.push(new PyBytes(self.slice(start)));
  return parts;
}

function splitWhitespace(self: Uint8Array, maxsplit: number): PyBytes[] {
  const parts: PyBytes[] = [];
  let i = 0;
  for (;;) {
    while (i < self.length && isAsciiSpace(self[i] as number)) i++;
    if (i >= self.length) return parts;
    if (maxsplit >= 0 && parts.length >= maxsplit) {
      let end = self.length;
      while (end > i && isAsciiSpace(self[end - 1] as number)) end--;
      parts.push(new PyBytes(self.slice(i, end)));
      return parts;
    }
    const start = i;
    while (i < self.length && !isAsciiSpace(self[i] as number)) i++;
    parts.push(new PyBytes(self.slice(start, i)));
  }
}

def("split", (self, [sep, maxsplit]) => {
  const max = maxsplit === undefined ? -1 : asIndex(maxsplit, "maxsplit must be an integer");
  const parts = sep === undefined || sep === None ? splitWhitespace(self, max) : splitOn(self, bytesArg(sep, ""), max);
  return new PyList(parts);
});

function stripBytes(self: Uint8Array, chars: PyValue | undefined, left: boolean, right: boolean): PyBytes {
  const set = chars === undefined || chars === None ? null : bytesArg(chars, "");
  const strip = (b: number): boolean => (set === null ? isAsciiSpace(b) : set.includes(b));
  let start = 0;
  let end = self.length;
  if (left) while (start < end && strip(self[start] as number)) start++;
  if (right) while (end > start && strip(self[end - 1] as number)) end--;
  return new PyBytes(self.slice(start, end));
}
def("strip", (self, [chars]) => stripBytes(self, chars, true, true));
def("lstrip", (self, [chars]) => stripBytes(self, chars, true, false));
def("rstrip", (self, [chars]) => stripBytes(self, chars, false, true));
def("find", (self, [sub]) => bytesIndexOf(self, bytesArg(sub, "argument should be integer or bytes-like object, not"), 0));
def("count", (self, [sub]) => splitOn(self, bytesArg(sub, ""), -1).length - 1);
def("endswith", (self, [suffix]) => {
  const tail = bytesArg(suffix, "endswith first arg must be bytes or a tuple of bytes, not");
  return tail.length <= self.length && bytesIndexOf(self, tail, self.length - tail.length) === self.length - tail.length;
});

defineMethod(STR, "encode", (_vm, [self, encoding]) => {
  if (typeof self !== "string") throw typeError("descriptor 'encode' requires a 'str' object");
  return encodeText(self, encoding);
});
