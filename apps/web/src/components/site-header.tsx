"use client";
import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/auth-client";
import { useMe } from "@/lib/session";

const LINKS = {
  learner: [{ href: "/", label: "My assignments" }],
  teacher: [
    { href: "/", label: "My classes" },
    { href: "/exercises/new", label: "Author an exercise" },
  ],
  admin: [
    { href: "/", label: "Classes" },
    { href: "/admin/users", label: "Users" },
  ],
} as const;

export function SiteHeader() {
  const me = useMe();
  const router = useRouter();
  const queryClient = useQueryClient();
  async function signOut() {
    await authClient.signOut();
    queryClient.clear();
    router.push("/");
  }
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Interleave
      </Link>
      <nav aria-label="Main">
        {me.data && LINKS[me.data.role].map((link) => <Link key={link.href} href={link.href}>{link.label}</Link>)}
        <Link href="/playground">Playground</Link>
        {me.data ? (
          <span data-testid="signed-in">
            Signed in as {me.data.name} ({me.data.role}){" "}
            <button className="secondary small" onClick={signOut}>
              Sign out
            </button>
          </span>
        ) : (
          !me.isPending && <Link href="/sign-in">Sign in</Link>
        )}
      </nav>
    </header>
  );
}
