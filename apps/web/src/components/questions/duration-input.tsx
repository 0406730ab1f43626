"use client";
import { useState } from "react";

const UNITS = [
  { id: "s", label: "seconds", factor: 1 },
  { id: "ms", label: "milliseconds", factor: 1e-3 },
  { id: "us", label: "microseconds", factor: 1e-6 },
] as const;
type UnitId = (typeof UNITS)[number]["id"];

function unitFor(seconds: number | null): UnitId {
  if (seconds === null || seconds >= 1 || seconds === 0) return "s";
  return seconds >= 1e-3 ? "ms" : "us";
}

/** A duration: a number and its unit; the answer is in seconds. */
export function DurationInput({ label, seconds, onChange, disabled }: { label: string; seconds: number | null; onChange: (s: number | undefined) => void; disabled?: boolean }) {
  const [unit, setUnit] = useState<UnitId>(unitFor(seconds));
  const factor = UNITS.find((u) => u.id === unit)!.factor;
  const [text, setText] = useState(seconds === null ? "" : String(+(seconds / factor).toPrecision(6)));
  function update(nextText: string, nextUnit: UnitId) {
    setText(nextText);
    setUnit(nextUnit);
    const n = Number(nextText);
    const f = UNITS.find((u) => u.id === nextUnit)!.factor;
    onChange(nextText.trim() === "" || !Number.isFinite(n) || n < 0 ? undefined : n * f);
  }
  return (
    <div className="row">
      <label>
        Wall time
        <input type="number" min={0} step="any" value={text} onChange={(e) => update(e.target.value, unit)} disabled={disabled} aria-description={label} />
      </label>
      <label>
        Unit
        <select value={unit} onChange={(e) => update(text, e.target.value as UnitId)} disabled={disabled}>
          {UNITS.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
