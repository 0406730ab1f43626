import { getRuntime } from "@/server/runtime";

async function handler(request: Request): Promise<Response> {
  const { auth } = await getRuntime();
  return auth.handler(request);
}

export { handler as GET, handler as POST };
