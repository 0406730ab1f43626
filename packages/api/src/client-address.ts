// Which address a request comes from, for the sign-in rate limit. X-Forwarded-For is whatever the
// client wrote, so it is believed only when the connection comes from a configured proxy
// (TRUST_PROXY), which then has appended the client's address itself.
import { BlockList, isIP } from "node:net";

/** A test of "is this address one of our proxies", from addresses and CIDR ranges. */
export function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/**
 * The X-Forwarded-For the app should see: the peer's address alone, unless the peer is a trusted
 * proxy, whose chain is kept with the peer appended (as a proxy does), so better-auth can walk it
 * from the right to the first address that is not a proxy.
 */
export function forwardedFor(peer: string | undefined, header: string | string[] | undefined, proxies: BlockList): string {
  const address = unmapped(peer ?? "");
  const chain = (Array.isArray(header) ? header.join(",") : (header ?? "")).trim();
  if (!address) return "";
  if (chain && isIP(address) && proxies.check(address, isIP(address) === 6 ? "ipv6" : "ipv4")) return `${chain}, ${address}`;
  return address;
}

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) as "127.0.0.1". */
function unmapped(address: string): string {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}
