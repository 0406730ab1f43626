"use client";
// The program's files as tabs, each with its editor; add a file, rename or remove it. The first
// file is the main module.
import type { SourceFile } from "@interleave/sim";
import { useState, type KeyboardEvent } from "react";
import { CodeEditor } from "@/components/sim";
import styles from "./playground.module.css";

interface FileTabsProps {
  files: SourceFile[];
  /** Changes whenever the files are replaced wholesale (an example loaded): editors remount. */
  version: number;
  onChange: (files: SourceFile[]) => void;
}

function unusedName(files: SourceFile[]): string {
  for (let i = 1; ; i++) {
    const name = `module${i}.py`;
    if (!files.some((f) => f.name === name)) return name;
  }
}

export function FileTabs({ files, version, onChange }: FileTabsProps) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, files.length - 1);
  const file = files[current];

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const delta = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!delta) return;
    const next = (current + delta + files.length) % files.length;
    setActive(next);
    document.getElementById(`file-tab-${next}`)?.focus();
  };
  const update = (index: number, patch: Partial<SourceFile>) => onChange(files.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  const add = () => {
    onChange([...files, { name: unusedName(files), text: "" }]);
    setActive(files.length);
  };
  const remove = () => {
    onChange(files.filter((_, i) => i !== current));
    setActive(Math.max(0, current - 1));
  };

  return (
    <div className={styles.files}>
      <div className={styles.tabBar}>
        <div role="tablist" aria-label="Program files">
          {files.map((f, i) => (
            <button
              key={i}
              id={`file-tab-${i}`}
              type="button"
              role="tab"
              aria-selected={i === current}
              aria-controls="file-panel"
              tabIndex={i === current ? 0 : -1}
              className={styles.tab}
              onClick={() => setActive(i)}
              onKeyDown={onTabKey}
            >
              {f.name}
              {i === 0 ? " (main)" : ""}
            </button>
          ))}
        </div>
        <button type="button" onClick={add}>
          Add file
        </button>
      </div>
      {file ? (
        <div id="file-panel" role="tabpanel" aria-labelledby={`file-tab-${current}`}>
          {current > 0 ? (
            <div className={styles.fileActions}>
              <label>
                File name
                <input value={file.name} onChange={(e) => update(current, { name: e.target.value })} pattern="[A-Za-z_][A-Za-z0-9_]*\.py" />
              </label>
              <button type="button" onClick={remove}>
                Remove {file.name}
              </button>
            </div>
          ) : null}
          <CodeEditor key={`${version}-${current}-${files.length}`} initialText={file.text} label={`Code of ${file.name}`} onChange={(text) => update(current, { text })} />
        </div>
      ) : null}
    </div>
  );
}
