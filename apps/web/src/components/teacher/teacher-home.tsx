"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Empty, QueryView } from "@/components/states";
import { useTRPC } from "@/lib/trpc";

export function TeacherHome() {
  const trpc = useTRPC();
  const classes = useQuery(trpc.classes.list.queryOptions());
  return (
    <>
      <h1>My classes</h1>
      <QueryView query={classes} what="Loading your classes">
        {(list) =>
          list.length === 0 ? (
            <Empty>No classes yet: create one below and hand its join code to your learners.</Empty>
          ) : (
            <div className="cards">
              {list.map((c) => (
                <article className="card" key={c.id}>
                  <h2 style={{ marginTop: 0 }}>
                    <Link href={`/classes/${c.id}`}>{c.name}</Link>
                  </h2>
                  <p style={{ margin: 0 }}>
                    Join code <code data-testid="join-code">{c.joinCode}</code>
                  </p>
                </article>
              ))}
            </div>
          )
        }
      </QueryView>
      <CreateClassForm />
    </>
  );
}

function CreateClassForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.classes.create.mutationOptions({
      onSuccess: async () => {
        setName("");
        await queryClient.invalidateQueries({ queryKey: trpc.classes.list.queryKey() });
      },
    }),
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name });
  }
  return (
    <form onSubmit={onSubmit} className="row" aria-label="Create a class" style={{ marginTop: "1.5rem" }}>
      <label>
        New class name
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
      </label>
      <button type="submit" disabled={create.isPending}>
        Create class
      </button>
      {create.isSuccess && (
        <p role="status" className="notice good">
          Created {create.data.name}: join code <code>{create.data.joinCode}</code>
        </p>
      )}
      {create.isError && (
        <p role="alert" className="notice error">
          {create.error.message}
        </p>
      )}
    </form>
  );
}
