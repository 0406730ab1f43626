"use client";
// A WAI-ARIA tab list: one tab in the Tab order, arrow keys (and Home / End) move between tabs.
import { useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from "react";

export type Tab = { key: string | number; label: ReactNode };

/** Ids that tie the tabs to their panel: `${idBase}-tab-${i}` and `${idBase}-panel`. */
export function tabPanelProps(idBase: string, selected: number) {
  return { role: "tabpanel", id: `${idBase}-panel`, "aria-labelledby": `${idBase}-tab-${selected}` } as const;
}

export function TabList({ label, tabs, selected, onSelect, idBase, style }: { label: string; tabs: Tab[]; selected: number; onSelect: (index: number) => void; idBase: string; style?: CSSProperties }) {
  const list = useRef<HTMLDivElement>(null);
  function onKeyDown(event: KeyboardEvent) {
    const next = targetIndex(event.key, selected, tabs.length);
    if (next === null) return;
    event.preventDefault();
    onSelect(next);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  }
  return (
    <div role="tablist" aria-label={label} className="tabs" ref={list} style={style}>
      {tabs.map((tab, i) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={`${idBase}-tab-${i}`}
          aria-selected={i === selected}
          aria-controls={`${idBase}-panel`}
          tabIndex={i === selected ? 0 : -1}
          onClick={() => onSelect(i)}
          onKeyDown={onKeyDown}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

function targetIndex(key: string, current: number, count: number): number | null {
  if (key === "ArrowRight") return (current + 1) % count;
  if (key === "ArrowLeft") return (current - 1 + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}
