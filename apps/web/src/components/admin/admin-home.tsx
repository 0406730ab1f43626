"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Empty, QueryView } from "@/components/states";
import { Table } from "@/components/table";
import { useTRPC } from "@/lib/trpc";

/** Every class on the platform, with its teacher, members and links to its progress. */
export function AdminHome() {
  const trpc = useTRPC();
  const classes = useQuery(trpc.admin.classes.queryOptions());
  return (
    <>
      <h1>All classes</h1>
      <p>
        <Link href="/admin/users">Manage users and roles</Link>
      </p>
      <QueryView query={classes} what="Loading the classes">
        {(list) =>
          list.length === 0 ? (
            <Empty>No classes yet.</Empty>
          ) : (
            <Table columns={["Class", "Teacher", "Members", "Join code", "Progress"]} testId="admin-classes">
                  {list.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <Link href={`/classes/${c.id}`}>{c.name}</Link>
                      </td>
                      <td>
                        {c.teacher} <span className="muted">{c.teacherEmail}</span>
                      </td>
                      <td>{c.members}</td>
                      <td>
                        <code>{c.joinCode}</code>
                      </td>
                      <td>
                        <Link href={`/classes/${c.id}/progress`} aria-label={`Progress of ${c.name}`}>
                          Progress
                        </Link>
                      </td>
                    </tr>
                  ))}
                </Table>
          )
        }
      </QueryView>
    </>
  );
}
