"use client";
// After a result: replay a missed outcome's witness step by step, or run the program once, in the
// browser's simulator, with the timeline and (for fork programs) the process tree.
import type { Schedule } from "@interleave/sim";
import dynamic from "next/dynamic";
import { useMemo } from "react";
import type { ProgramFile } from "@/components/code-view";
import { ProcessTreeView } from "@/components/sim/process-tree-view";
import { RunTimeline } from "@/components/sim/run-timeline";
import { stepsFromTrace } from "@/components/sim/stepper-model";
import { useSimWorker } from "@/components/sim/use-sim-worker";
import { Loading } from "@/components/states";
import type { MachineSettings } from "@/lib/format";

// The stepper disassembles with the simulator (some 500 kB of script): loaded when a learner opens
// it, not with every exercise page.
const Stepper = dynamic(() => import("@/components/sim/stepper").then((m) => m.Stepper), { ssr: false, loading: () => <Loading what="Loading the stepper" /> });

export function RunProgramButton({ files, machine }: { files: ProgramFile[]; machine: MachineSettings }) {
  const sim = useSimWorker();
  return (
    <SimPanel sim={sim} label="Run it once in the simulator (timeline)" onStart={() => sim.submit({ kind: "run", files, options: { ...machine, seed: 1, trace: true } })} files={files} />
  );
}

export function ReplayWitnessButton({ files, machine, schedule }: { files: ProgramFile[]; machine: MachineSettings; schedule: Schedule }) {
  const sim = useSimWorker();
  return <SimPanel sim={sim} label="Step through how it happens" onStart={() => sim.submit({ kind: "replay", files, options: { ...machine, trace: true }, schedule })} files={files} stepper />;
}

function SimPanel({ sim, label, onStart, files, stepper }: { sim: ReturnType<typeof useSimWorker>; label: string; onStart: () => void; files: ProgramFile[]; stepper?: boolean }) {
  const { state } = sim;
  const run = state.status === "done" && (state.job.kind === "run" || state.job.kind === "replay") ? state.job.result : null;
  const steps = useMemo(() => (run && stepper ? stepsFromTrace(run) : []), [run, stepper]);
  return (
    <div className="stack" style={{ margin: "0.5rem 0" }}>
      <div>
        <button type="button" className="secondary" onClick={onStart} disabled={state.status === "busy"}>
          {state.status === "busy" ? "Simulating…" : label}
        </button>
      </div>
      {state.status === "failed" && <p className="notice error">{state.error.text}</p>}
      {run && (
        <>
          {stepper && steps.length > 0 && <Stepper files={files} steps={steps} />}
          <RunTimeline run={run} />
          <ProcessTreeView run={run} />
        </>
      )}
    </div>
  );
}
