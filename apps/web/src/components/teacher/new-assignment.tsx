"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC, useTRPCClient } from "@/lib/trpc";
import { AssignmentSettingsFields, defaultSettings, settingsValid } from "./assignment-settings";
import { BankPicker } from "./bank-picker";

export function NewAssignment({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const router = useRouter();
  const [settings, setSettings] = useState(defaultSettings);
  const [exerciseIds, setExerciseIds] = useState<string[]>([]);
  const create = useMutation(trpc.assignments.create.mutationOptions());
  async function save(publish: boolean) {
    const { id } = await create.mutateAsync({ classId, exerciseIds, ...settings });
    if (publish) await client.assignments.publish.mutate({ assignmentId: id });
    router.push(`/assignments/${id}`);
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void save(submitter?.value === "publish").catch(() => undefined);
  }
  const ready = settingsValid(settings) && exerciseIds.length > 0;
  return (
    <>
      <h1>New assignment</h1>
      <form onSubmit={onSubmit} className="stack">
        <AssignmentSettingsFields value={settings} onChange={setSettings} />
        <BankPicker selected={exerciseIds} onChange={setExerciseIds} />
        {create.isError && (
          <p role="alert" className="notice error">
            {create.error.message}
          </p>
        )}
        <div className="row">
          <button type="submit" value="publish" disabled={!ready || create.isPending}>
            Create and publish
          </button>
          <button type="submit" value="draft" className="secondary" disabled={!ready || create.isPending}>
            Save as draft
          </button>
          {!ready && <span className="muted">Give it a title and choose at least one exercise.</span>}
        </div>
      </form>
    </>
  );
}
