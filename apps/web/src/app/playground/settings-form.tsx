"use client";
import type { Model, StdoutMode } from "@interleave/sim";
import { MODEL_NAMES, STDOUT_NAMES, type PlaygroundSettings } from "./settings";
import styles from "./playground.module.css";

interface SettingsFormProps {
  settings: PlaygroundSettings;
  onChange: (settings: PlaygroundSettings) => void;
}

function clampInt(value: string, min: number, max: number, fallback: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  const set = <K extends keyof PlaygroundSettings>(key: K, value: PlaygroundSettings[K]) => onChange({ ...settings, [key]: value });
  return (
    <fieldset className={styles.settings}>
      <legend>Machine</legend>
      <label>
        Interpreter
        <select value={settings.model} onChange={(e) => set("model", e.target.value as Model)}>
          {(Object.keys(MODEL_NAMES) as Model[]).map((m) => (
            <option key={m} value={m}>
              {MODEL_NAMES[m]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Cores
        <input type="number" min={1} max={64} value={settings.cores} onChange={(e) => set("cores", clampInt(e.target.value, 1, 64, settings.cores))} />
      </label>
      <label>
        Output to
        <select value={settings.stdout} onChange={(e) => set("stdout", e.target.value as StdoutMode)}>
          {(Object.keys(STDOUT_NAMES) as StdoutMode[]).map((m) => (
            <option key={m} value={m}>
              {STDOUT_NAMES[m]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Seed
        <input type="number" min={1} value={settings.seed} onChange={(e) => set("seed", clampInt(e.target.value, 1, 2 ** 31 - 1, settings.seed))} />
      </label>
      <label>
        Sample runs
        <input type="number" min={1} max={1000} value={settings.runs} onChange={(e) => set("runs", clampInt(e.target.value, 1, 1000, settings.runs))} />
      </label>
      <label>
        Explore: max executions
        <input type="number" min={1} max={1_000_000} value={settings.maxExecutions} onChange={(e) => set("maxExecutions", clampInt(e.target.value, 1, 1_000_000, settings.maxExecutions))} />
      </label>
    </fieldset>
  );
}
