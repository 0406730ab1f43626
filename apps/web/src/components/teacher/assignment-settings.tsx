"use client";
// Dates, attempts, late policy and answer release of an assignment.

export type AssignmentSettings = {
  title: string;
  opensAt: Date | null;
  dueAt: Date | null;
  attemptsAllowed: number | null;
  latePolicy: "refuse" | "accept" | "penalty";
  latePenalty: number;
  answerRelease: "immediately" | "after-due" | "never";
  practiceAfterDue: boolean;
};

export const defaultSettings: AssignmentSettings = { title: "", opensAt: null, dueAt: null, attemptsAllowed: 3, latePolicy: "refuse", latePenalty: 0, answerRelease: "after-due", practiceAfterDue: false };

/** datetime-local works in local time; the value is shown and read in UTC to match the rest of the app. */
function toInput(date: Date | null): string {
  return date ? new Date(date).toISOString().slice(0, 16) : "";
}
function fromInput(value: string): Date | null {
  return value ? new Date(`${value}:00Z`) : null;
}

export function AssignmentSettingsFields({ value, onChange }: { value: AssignmentSettings; onChange: (v: AssignmentSettings) => void }) {
  const set = <K extends keyof AssignmentSettings>(key: K, v: AssignmentSettings[K]) => onChange({ ...value, [key]: v });
  const datesWrong = value.opensAt && value.dueAt && value.dueAt <= value.opensAt;
  return (
    <fieldset className="stack">
      <legend>Settings</legend>
      <label>
        Title
        <input value={value.title} onChange={(e) => set("title", e.target.value)} required maxLength={200} />
      </label>
      <div className="row">
        <label>
          Opens (UTC)
          <input type="datetime-local" value={toInput(value.opensAt)} onChange={(e) => set("opensAt", fromInput(e.target.value))} />
        </label>
        <label>
          Due (UTC)
          <input type="datetime-local" value={toInput(value.dueAt)} onChange={(e) => set("dueAt", fromInput(e.target.value))} aria-invalid={Boolean(datesWrong)} aria-describedby="dates-error" />
        </label>
      </div>
      {datesWrong && (
        <p id="dates-error" role="alert" className="notice error">
          The due date must come after the opening date.
        </p>
      )}
      <div className="row">
        <label>
          Attempts per exercise
          <input type="number" min={1} max={100} value={value.attemptsAllowed ?? ""} placeholder="unlimited" onChange={(e) => set("attemptsAllowed", e.target.value ? Number(e.target.value) : null)} />
        </label>
        <label>
          Late submissions
          <select value={value.latePolicy} onChange={(e) => set("latePolicy", e.target.value as AssignmentSettings["latePolicy"])}>
            <option value="refuse">Refused</option>
            <option value="accept">Accepted</option>
            <option value="penalty">Accepted with a penalty</option>
          </select>
        </label>
        {value.latePolicy === "penalty" && (
          <label>
            Penalty (%)
            <input type="number" min={0} max={100} value={value.latePenalty} onChange={(e) => set("latePenalty", Number(e.target.value))} />
          </label>
        )}
        <label>
          Answers released
          <select value={value.answerRelease} onChange={(e) => set("answerRelease", e.target.value as AssignmentSettings["answerRelease"])}>
            <option value="immediately">Immediately after each submission</option>
            <option value="after-due">After the due date</option>
            <option value="never">Never</option>
          </select>
        </label>
      </div>
      <label className="inline">
        <input type="checkbox" checked={value.practiceAfterDue} onChange={(e) => set("practiceAfterDue", e.target.checked)} />
        Allow practice submissions after the due date
      </label>
    </fieldset>
  );
}

export function settingsValid(value: AssignmentSettings): boolean {
  return value.title.trim().length > 0 && !(value.opensAt && value.dueAt && value.dueAt <= value.opensAt);
}
