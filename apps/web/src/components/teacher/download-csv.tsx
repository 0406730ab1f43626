"use client";
import { useState } from "react";
import { errorMessage } from "@/lib/format";
import { useTRPCClient } from "@/lib/trpc";

/** Fetches the class's grades as CSV and hands the file to the browser. */
export function DownloadCsvButton({ classId }: { classId: string }) {
  const client = useTRPCClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  async function download() {
    setState({ busy: true, error: null });
    try {
      const { filename, csv } = await client.classes.exportCsv.query({ classId });
      const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
      const link = Object.assign(document.createElement("a"), { href: url, download: filename });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: errorMessage(error) });
    }
  }
  return (
    <>
      <button type="button" className="secondary" onClick={download} disabled={state.busy}>
        {state.busy ? "Preparing…" : "Download grades (CSV)"}
      </button>
      {state.error && (
        <span role="alert" className="notice error">
          {state.error}
        </span>
      )}
    </>
  );
}
