import { describe, expect, it } from "vitest";
import { SessionCache, type SessionUser } from "../src/index.ts";

const ada: SessionUser = { id: "ada", email: "ada@interleave.test", name: "Ada", role: "learner" };
const bob: SessionUser = { id: "bob", email: "bob@interleave.test", name: "Bob", role: "learner" };
const farFuture = new Date(8_000_000_000_000);

describe("SessionCache", () => {
  it("answers for a cookie seen within its lifetime, then asks again", () => {
    let now = 1_000;
    const cache = new SessionCache(5_000, () => now);
    cache.remember("c=ada", ada, { token: "t-ada", expiresAt: farFuture });
    expect(cache.get("c=ada")).toEqual(ada);
    expect(cache.get("c=someone-else")).toBeUndefined();
    now += 5_000;
    expect(cache.get("c=ada")).toBeUndefined();
  });

  it("never outlives the session itself", () => {
    let now = 1_000;
    const cache = new SessionCache(5_000, () => now);
    cache.remember("c=ada", ada, { token: "t-ada", expiresAt: new Date(2_000) });
    now = 2_000;
    expect(cache.get("c=ada")).toBeUndefined();
  });

  it("forgets a session that ended and every session of a user that changed", () => {
    const cache = new SessionCache(5_000, () => 0);
    cache.remember("c=ada-1", ada, { token: "t-ada-1", expiresAt: farFuture });
    cache.remember("c=ada-2", ada, { token: "t-ada-2", expiresAt: farFuture });
    cache.remember("c=bob", bob, { token: "t-bob", expiresAt: farFuture });
    cache.forgetSession("t-ada-1");
    expect([cache.get("c=ada-1"), cache.get("c=ada-2")]).toEqual([undefined, ada]);
    cache.forgetUser("ada");
    expect([cache.get("c=ada-2"), cache.get("c=bob")]).toEqual([undefined, bob]);
  });
});
