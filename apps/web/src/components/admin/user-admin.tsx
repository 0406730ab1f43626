"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { Empty, QueryView } from "@/components/states";
import { Table } from "@/components/table";
import { formatDate } from "@/lib/format";
import { useMe } from "@/lib/session";
import { useTRPC } from "@/lib/trpc";

const ROLES = ["learner", "teacher", "admin"] as const;

export function UserAdmin() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search);
  const users = useQuery(trpc.admin.users.queryOptions({ search: deferred || undefined }));
  const setRole = useMutation(trpc.admin.setRole.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() }) }));
  return (
    <>
      <h1>Users</h1>
      <label>
        Search by name or email
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      {setRole.isError && (
        <p role="alert" className="notice error">
          {setRole.error.message}
        </p>
      )}
      <QueryView query={users} what="Loading users">
        {(list) =>
          list.length === 0 ? (
            <Empty>No user matches.</Empty>
          ) : (
            <Table columns={["Name", "Email", "Role", "Joined"]} testId="users">
                  {list.map((u) => (
                    <tr key={u.id}>
                      <td>{u.name}</td>
                      <td>{u.email}</td>
                      <td>
                        <select aria-label={`Role of ${u.name}`} value={u.role} disabled={u.id === me.data?.id || setRole.isPending} onChange={(e) => setRole.mutate({ userId: u.id, role: e.target.value as (typeof ROLES)[number] })}>
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {r}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>{formatDate(u.createdAt)}</td>
                    </tr>
                  ))}
                </Table>
          )
        }
      </QueryView>
    </>
  );
}
