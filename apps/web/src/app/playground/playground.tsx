"use client";
// The playground: edit a program, pick the machine, and run, sample or explore it in the browser
// (the simulator runs in a Web Worker, so the page stays responsive).
import type { ExploreResult, SourceFile } from "@interleave/sim";
import { useEffect, useState } from "react";
import { useSimWorker } from "@/components/sim";
import { EXAMPLES } from "./examples";
import { FileTabs } from "./file-tabs";
import { JobStatus, Results } from "./results";
import { SettingsForm } from "./settings-form";
import { DEFAULT_SETTINGS, runOptions, type PlaygroundSettings } from "./settings";
import styles from "./playground.module.css";

const FIRST_EXAMPLE = EXAMPLES[0]?.files ?? [{ name: "main.py", text: 'print("hello")\n' }];

export function Playground() {
  const [files, setFiles] = useState<SourceFile[]>(FIRST_EXAMPLE);
  const [filesVersion, setFilesVersion] = useState(0);
  const [settings, setSettings] = useState<PlaygroundSettings>(DEFAULT_SETTINGS);
  const { state, submit, cancel } = useSimWorker();
  const busy = state.status === "busy";
  const [lastExplore, setLastExplore] = useState<ExploreResult | null>(null);
  useEffect(() => {
    if (state.status === "done" && state.job.kind === "explore") setLastExplore(state.job.result);
  }, [state]);

  const loadExample = (title: string) => {
    const example = EXAMPLES.find((e) => e.title === title);
    if (!example) return;
    setFiles(example.files);
    setFilesVersion((v) => v + 1);
  };
  const options = runOptions(settings);

  return (
    <div className={styles.playground}>
      <h1>Playground</h1>
      <p>Write a Python program with threads or processes, pick a machine, and see what it can do. Everything runs in your browser.</p>
      <label className={styles.examplePicker}>
        Start from an example
        <select value="" onChange={(e) => loadExample(e.target.value)}>
          <option value="" disabled>
            Choose…
          </option>
          {EXAMPLES.map((e) => (
            <option key={e.title} value={e.title}>
              {e.title}
            </option>
          ))}
        </select>
      </label>
      <div className={styles.workspace}>
        <FileTabs files={files} version={filesVersion} onChange={setFiles} />
        <SettingsForm settings={settings} onChange={setSettings} />
      </div>
      <div className={styles.actions}>
        <button type="button" disabled={busy} onClick={() => submit({ kind: "run", files, options })}>
          Run
        </button>
        <button type="button" disabled={busy} onClick={() => submit({ kind: "sample", files, options, runs: settings.runs })}>
          Sample {settings.runs} runs
        </button>
        <button type="button" disabled={busy} onClick={() => submit({ kind: "explore", files, options, maxExecutions: settings.maxExecutions })}>
          Explore every outcome
        </button>
        {busy ? (
          <button type="button" onClick={cancel} className={styles.cancel}>
            Cancel
          </button>
        ) : null}
      </div>
      <JobStatus state={state} />
      <Results state={state} files={files} lastExplore={lastExplore} onReplay={(outcome) => submit({ kind: "replay", files, options, schedule: outcome.schedule })} />
    </div>
  );
}
