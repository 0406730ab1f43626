"use client";
import { useState, type FormEvent } from "react";

/** value-set and count: build a list of distinct values, one at a time. */
export function ListBuilder({ label, legend, value, onChange, numeric, disabled }: { label: string; legend: string; value: string[]; onChange: (v: string[]) => void; numeric?: boolean; disabled?: boolean }) {
  const [entry, setEntry] = useState("");
  function add(event: FormEvent) {
    event.preventDefault();
    const text = entry.trim();
    if (!text || value.includes(text)) return;
    onChange([...value, text]);
    setEntry("");
  }
  return (
    <fieldset>
      <legend>Every value it can end with</legend>
      <span className="sr-only">{legend}</span>
      <ul className="chips" aria-label="Your values">
        {value.length === 0 && <li className="muted">No values yet</li>}
        {value.map((v) => (
          <li key={v}>
            <code>{v}</code>
            <button type="button" className="secondary small" onClick={() => onChange(value.filter((x) => x !== v))} disabled={disabled} aria-label={`Remove ${v}`}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <label>
          {label}
          <input
            value={entry}
            inputMode={numeric ? "numeric" : undefined}
            pattern={numeric ? "[0-9]+" : undefined}
            onChange={(e) => setEntry(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && add(e)}
            disabled={disabled}
          />
        </label>
        <button type="button" className="secondary" onClick={add} disabled={disabled || !entry.trim() || (numeric && !/^\d+$/.test(entry.trim()))}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
