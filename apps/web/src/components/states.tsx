// Loading, error and empty states, the same everywhere.
import Link from "next/link";
import type { ReactNode } from "react";

export function Loading({ what = "Loading" }: { what?: string }) {
  return (
    <p role="status" aria-live="polite" className="muted" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      {what}…
    </p>
  );
}

/** The tRPC error code of a failed request (NOT_FOUND, FORBIDDEN, …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  const data = (error as { data?: { code?: unknown } } | null)?.data;
  return typeof data?.code === "string" ? data.code : undefined;
}

export function ErrorNotice({ error, title = "Something went wrong" }: { error: unknown; title?: string }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="notice error">
      <strong>{title}:</strong> {message}
    </div>
  );
}

/** A page whose subject does not exist (or is not the reader's): a heading, the reason, a way back. */
export function NotFound({ title = "Not found", reason }: { title?: string; reason: ReactNode }) {
  return (
    <section role="alert" aria-labelledby="not-found-heading" data-testid="not-found">
      <h1 id="not-found-heading">{title}</h1>
      <p>{reason}</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </section>
  );
}

/** The error of a query: a not-found or not-allowed page for those, the message otherwise. */
export function QueryError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  switch (errorCode(error)) {
    case "NOT_FOUND":
      return <NotFound reason={`${message}: the link may be mistyped, or what it pointed to was removed.`} />;
    case "FORBIDDEN":
      return <NotFound title="Not allowed" reason={message} />;
    case "UNAUTHORIZED":
      return <NotFound title="Please sign in" reason={<Link href="/sign-in">Sign in to see this page.</Link>} />;
    default:
      return <ErrorNotice error={error} />;
  }
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="notice muted">{children}</p>;
}

/** Renders the states of a query, and the children once it has data. */
export function QueryView<T>({ query, children, what }: { query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined }; children: (data: T) => ReactNode; what?: string }) {
  if (query.isPending) return <Loading what={what} />;
  if (query.isError) return <QueryError error={query.error} />;
  return <>{children(query.data as T)}</>;
}
