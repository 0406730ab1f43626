"use client";
// A CodeMirror 6 editor with Python highlighting and line numbers. Uncontrolled after mount: the
// parent hears every change through onChange and remounts it (key) to load other text.
import { python } from "@codemirror/lang-python";
import { EditorState } from "@codemirror/state";
import { EditorView, basicSetup } from "codemirror";
import { useEffect, useRef } from "react";
import { accessibleHighlighting } from "../code-highlight";

export interface CodeEditorProps {
  initialText: string;
  onChange: (text: string) => void;
  /** The editor's accessible name ("main.py"). */
  label: string;
  readOnly?: boolean;
}

const theme = EditorView.theme({
  "&": { fontSize: "14px", border: "1px solid #8a8f98", borderRadius: "4px", background: "#fff" },
  "&.cm-focused": { outline: "2px solid #1a56db", outlineOffset: "1px" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", minHeight: "14rem", maxHeight: "28rem" },
  ".cm-gutters": { background: "#f3f4f6", color: "#4b5563" },
});

export function CodeEditor({ initialText, onChange, label, readOnly = false }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return;
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          accessibleHighlighting,
          basicSetup,
          python(),
          theme,
          EditorState.readOnly.of(readOnly),
          // tabindex: axe (scrollable-region-focusable) does not count a contenteditable as keyboard-reachable.
          EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    return () => view.destroy();
    // initialText is read once per mount on purpose (uncontrolled editor).
  }, [label, readOnly]);

  return <div ref={host} data-testid="code-editor" />;
}
