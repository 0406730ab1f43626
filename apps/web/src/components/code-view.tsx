"use client";
// Read-only Python with highlighting and line numbers (CodeMirror 6), a tab per file.
import { python } from "@codemirror/lang-python";
import { EditorState, type Extension } from "@codemirror/state";
import { Decoration, EditorView, lineNumbers } from "@codemirror/view";
import { minimalSetup } from "codemirror";
import { useEffect, useId, useRef, useState } from "react";
import { accessibleHighlighting } from "./code-highlight";
import { TabList, tabPanelProps } from "./tabs";

export type ProgramFile = { name: string; text: string };

export function CodeFiles({ files, label = "Program" }: { files: ProgramFile[]; label?: string }) {
  const [selected, setSelected] = useState(0);
  const baseId = useId();
  const file = files[selected] ?? files[0];
  if (!file) return null;
  return (
    <div>
      <TabList label={`${label} files`} tabs={files.map((f) => ({ key: f.name, label: f.name }))} selected={selected} onSelect={setSelected} idBase={baseId} />
      <div {...tabPanelProps(baseId, selected)}>
        <CodeView text={file.text} label={`${file.name} source`} />
      </div>
    </div>
  );
}

/** One file, read-only; `highlightLine` marks a line (1-based) for the stepper. */
export function CodeView({ text, label, highlightLine }: { text: string; label: string; highlightLine?: number }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const extensions: Extension[] = [accessibleHighlighting, minimalSetup, lineNumbers(), python(), EditorState.readOnly.of(true), EditorView.editable.of(false), EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" })];
    if (highlightLine) extensions.push(lineHighlight(highlightLine));
    const view = new EditorView({ parent: host.current, state: EditorState.create({ doc: text, extensions }) });
    return () => view.destroy();
  }, [text, label, highlightLine]);
  return (
    <div className="code-view" ref={host}>
      <noscript>
        <pre>{text}</pre>
      </noscript>
    </div>
  );
}

const currentLine = Decoration.line({ attributes: { class: "cm-current-line", style: "background: #fff1b8" } });

function lineHighlight(line: number): Extension {
  return EditorView.decorations.of((view) => {
    if (line < 1 || line > view.state.doc.lines) return Decoration.none;
    return Decoration.set([currentLine.range(view.state.doc.line(line).from)]);
  });
}
