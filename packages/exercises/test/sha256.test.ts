import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex } from "../src/sha256.ts";

describe("sha256Hex", () => {
  it("matches the FIPS test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("agrees with node:crypto around the padding boundaries and for non-ASCII text", () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 1000]) {
      const text = "x".repeat(length);
      expect(sha256Hex(text), `length ${length}`).toBe(createHash("sha256").update(text).digest("hex"));
    }
    const unicode = "fork() → 0 in the child ✓ 🧵";
    expect(sha256Hex(unicode)).toBe(createHash("sha256").update(unicode).digest("hex"));
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level and drops undefined fields", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined, x: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"x":0,"z":1}]},"b":1}');
  });
});
