"use client";
// Only the router's TYPE comes from @interleave/api: no server code reaches the browser bundle.
import type { AppRouter } from "@interleave/api";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
