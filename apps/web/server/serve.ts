// The HTTP server: Next's request handler behind one step of ours. The sign-in rate limit keys on
// X-Forwarded-For, which a client can write itself; `next start` keeps a client's value. Here it is
// replaced by the socket's address, or extended with it when the peer is a trusted proxy (TRUST_PROXY).
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { forwardedFor, proxyList } from "@interleave/api/client-address";
import { readConfig } from "@interleave/db";
import next from "next";

const config = readConfig();
const proxies = proxyList(config.trustedProxies);
const app = next({ dev: false, dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "..") });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  const client = forwardedFor(request.socket.remoteAddress, request.headers["x-forwarded-for"], proxies);
  if (client) request.headers["x-forwarded-for"] = client;
  else delete request.headers["x-forwarded-for"];
  void handle(request, response);
}).listen(config.port, () => console.log(`Interleave: serving on port ${config.port}`));
