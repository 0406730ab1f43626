import { describe, expect, it } from "vitest";
import { forwardedFor, proxyList } from "../src/index.ts";

describe("forwardedFor", () => {
  const none = proxyList([]);
  const ours = proxyList(["10.0.0.0/8", "::1"]);

  it("ignores what a client wrote when no proxy is trusted", () => {
    expect(forwardedFor("198.51.100.9", "203.0.113.1", none)).toBe("198.51.100.9");
    expect(forwardedFor("::ffff:198.51.100.9", ["203.0.113.1", "203.0.113.2"], none)).toBe("198.51.100.9");
    expect(forwardedFor("198.51.100.9", undefined, none)).toBe("198.51.100.9");
  });

  it("keeps a trusted proxy's chain and appends the proxy, as a proxy does", () => {
    expect(forwardedFor("10.1.2.3", "203.0.113.1", ours)).toBe("203.0.113.1, 10.1.2.3");
    expect(forwardedFor("::1", "203.0.113.1", ours)).toBe("203.0.113.1, ::1");
  });

  it("does not believe a peer outside the trusted ranges", () => {
    expect(forwardedFor("11.0.0.1", "203.0.113.1", ours)).toBe("11.0.0.1");
  });

  it("has nothing to say without a peer address", () => {
    expect(forwardedFor(undefined, "203.0.113.1", ours)).toBe("");
  });
});
