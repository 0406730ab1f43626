"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc";
import { QueryView } from "./states";

export function Landing() {
  return (
    <>
      <h1>Interleave</h1>
      <p>Predict what concurrent Python programs do; the server grades each prediction by simulating the program.</p>
      <p>
        <Link className="button" href="/sign-in">
          Sign in
        </Link>{" "}
        <Link className="button secondary" href="/playground">
          Try the playground
        </Link>
      </p>
      <Overview />
    </>
  );
}

function Overview() {
  const trpc = useTRPC();
  const overview = useQuery(trpc.health.overview.queryOptions());
  return (
    <QueryView query={overview} what="Reading the database">
      {({ userCount, classCount, classes }) => (
        <section aria-label="Database overview">
          <h2>In the database</h2>
          <p data-testid="counts">
            {plural(userCount, "user")}, {plural(classCount, "class", "classes")}
          </p>
          <ul>
            {classes.map((c) => (
              <li key={c.name}>
                {c.name} — taught by {c.teacher}
              </li>
            ))}
          </ul>
        </section>
      )}
    </QueryView>
  );
}
