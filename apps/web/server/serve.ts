// The HTTP server: Next's request handler behind one step of ours. The sign-in rate limit keys on
// X-Forwarded-For, which a client can write itself; `next start` keeps a client's value. Here it is
// replaced by the socket's address, or extended with it when the peer is a trusted proxy (TRUST_PROXY).
// tRPC calls are answered here, without Next's routing and response compression in the way (the
// same handler and runtime as the route in src/app/api/trpc, which `next dev` uses).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { appRouter, createContext } from "@interleave/api";
import { forwardedFor, proxyList } from "@interleave/api/client-address";
import { readConfig } from "@interleave/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import next from "next";
import { getRuntime } from "../src/server/runtime.ts";

const TRPC_ENDPOINT = "/api/trpc";

const config = readConfig();
const proxies = proxyList(config.trustedProxies);
const app = next({ dev: false, dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "..") });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  const client = forwardedFor(request.socket.remoteAddress, request.headers["x-forwarded-for"], proxies);
  if (client) request.headers["x-forwarded-for"] = client;
  else delete request.headers["x-forwarded-for"];
  if (request.url?.startsWith(`${TRPC_ENDPOINT}/`)) void answerTrpc(request, response);
  else void handle(request, response);
}).listen(config.port, () => console.log(`Interleave: serving on port ${config.port}`));

async function answerTrpc(request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const fetchRequest = await toFetchRequest(request);
    const { database, auth, services } = await getRuntime();
    const answer = await fetchRequestHandler({
      endpoint: TRPC_ENDPOINT,
      req: fetchRequest,
      router: appRouter,
      createContext: () => createContext({ db: database.db, auth, headers: fetchRequest.headers, services }),
    });
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      response.writeHead(413, { "content-type": "text/plain", connection: "close" }).end(error.message);
      return;
    }
    console.error(`Interleave: a tRPC request failed: ${error instanceof Error ? error.message : String(error)}`);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
    response.end("Internal server error");
  }
}

/** The request for tRPC's fetch adapter; the body read whole first (a stream adapter costs more than the JSON it carries). */
async function toFetchRequest(request: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = request.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? undefined : await readBody(request);
  return new Request(`http://${request.headers.host ?? "localhost"}${request.url ?? "/"}`, { method, headers, body: body as BodyInit | undefined });
}

/** Far above any answer a learner or an exercise a teacher sends. */
const MAX_BODY_BYTES = 4 * 2 ** 20;

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
