import { appRouter, createContext } from "@interleave/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getRuntime } from "@/server/runtime";

async function handler(request: Request): Promise<Response> {
  const { database, auth, services } = await getRuntime();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createContext({ db: database.db, auth, headers: request.headers, services }),
  });
}

export { handler as GET, handler as POST };
