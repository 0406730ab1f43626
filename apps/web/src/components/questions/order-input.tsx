"use client";
import { useEffect, useRef, useState } from "react";

/**
 * order: drag lines into place, or move a line with its ↑ / ↓ buttons (Tab to them, Enter or Space),
 * or Alt+↑ / Alt+↓ while focus is on a line's button. Focus follows the moved line.
 */
export function OrderInput({ legend, value, onChange, disabled }: { legend: string; value: string[]; onChange: (v: string[]) => void; disabled?: boolean }) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const list = useRef<HTMLOListElement>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ index: number; direction: "up" | "down" } | null>(null);
  useEffect(() => {
    if (!focusAfterMove || !list.current) return;
    // The button pressed may now be disabled (the line reached an end): then its other button.
    const buttons = list.current.children[focusAfterMove.index]?.querySelectorAll<HTMLButtonElement>("button");
    const [up, down] = [buttons?.[0], buttons?.[1]];
    const wanted = focusAfterMove.direction === "up" ? up : down;
    (wanted && !wanted.disabled ? wanted : focusAfterMove.direction === "up" ? down : up)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, value]);
  function move(from: number, to: number) {
    if (to < 0 || to >= value.length || from === to) return;
    const next = [...value];
    const [line] = next.splice(from, 1);
    next.splice(to, 0, line!);
    onChange(next);
    setFocusAfterMove({ index: to, direction: to < from ? "up" : "down" });
    setAnnouncement(`${line} moved to position ${to + 1} of ${value.length}`);
  }
  return (
    <fieldset>
      <legend>Arrange the lines in the order the program prints them</legend>
      <span className="sr-only">{legend}</span>
      <ol className="order-list" ref={list}>
        {value.map((line, i) => (
          <li
            key={line}
            draggable={!disabled}
            className={dragging === i ? "dragging" : undefined}
            onDragStart={() => setDragging(i)}
            onDragEnd={() => setDragging(null)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => dragging !== null && move(dragging, i)}
            onKeyDown={(e) => {
              if (!e.altKey || disabled || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
              e.preventDefault();
              move(i, e.key === "ArrowUp" ? i - 1 : i + 1);
            }}
          >
            <span aria-hidden="true">⠿</span>
            <code>{line}</code>
            <button type="button" className="secondary small" onClick={() => move(i, i - 1)} disabled={disabled || i === 0} aria-label={`Move "${line}" up`}>
              ↑
            </button>
            <button type="button" className="secondary small" onClick={() => move(i, i + 1)} disabled={disabled || i === value.length - 1} aria-label={`Move "${line}" down`}>
              ↓
            </button>
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
