"use client";
import { showOutput } from "@/lib/format";

/** possible-outputs: tick every output the program can print. */
export function MultiSelect({ legend, choices, value, onChange, disabled }: { legend: string; choices: string[]; value: string[]; onChange: (v: string[]) => void; disabled?: boolean }) {
  const toggle = (choice: string, on: boolean) => onChange(on ? [...value, choice] : value.filter((v) => v !== choice));
  return (
    <fieldset>
      <legend>Tick every output the program can print</legend>
      <span className="sr-only">{legend}</span>
      <ul className="choice-list">
        {choices.map((choice, i) => (
          <li key={choice}>
            <label className="inline" style={{ alignItems: "flex-start" }}>
              <input type="checkbox" checked={value.includes(choice)} onChange={(e) => toggle(choice, e.target.checked)} disabled={disabled} aria-label={`Output ${i + 1}: ${choice.replace(/\n/g, " ⏎ ")}`} />
              <pre>{showOutput(choice)}</pre>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** One of a few options (faster, deadlock). */
export function ChoiceInput({ legend, value, options, onChange, disabled }: { legend: string; value: string | null; options: { value: string; label: string }[]; onChange: (v: string) => void; disabled?: boolean }) {
  return (
    <fieldset>
      <legend className="sr-only">{legend}</legend>
      {options.map((o) => (
        <label className="inline" key={o.value}>
          <input type="radio" checked={value === o.value} onChange={() => onChange(o.value)} disabled={disabled} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
