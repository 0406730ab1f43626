// Python highlighting whose colours all reach WCAG AA (4.5:1) on white, on the panels and on the
// stepper's current-line yellow (#fff1b8). CodeMirror's default style has a few that do not (#e40 for
// f-string specials, #085 for type names, #f00 for invalid), which axe reports as serious.
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

const accessibleStyle = HighlightStyle.define([
  { tag: t.meta, color: "#404740" },
  { tag: t.link, textDecoration: "underline" },
  { tag: t.heading, textDecoration: "underline", fontWeight: "bold" },
  { tag: t.emphasis, fontStyle: "italic" },
  { tag: t.strong, fontWeight: "bold" },
  { tag: t.strikethrough, textDecoration: "line-through" },
  { tag: t.keyword, color: "#770088" },
  { tag: [t.atom, t.bool, t.url, t.contentSeparator, t.labelName], color: "#221199" },
  { tag: [t.literal, t.inserted], color: "#116644" },
  { tag: [t.string, t.deleted], color: "#aa1111" },
  { tag: [t.regexp, t.escape, t.special(t.string)], color: "#b03000" },
  { tag: t.definition(t.variableName), color: "#0000ff" },
  { tag: t.local(t.variableName), color: "#3300aa" },
  { tag: [t.typeName, t.namespace], color: "#006b45" },
  { tag: t.className, color: "#116677" },
  { tag: [t.special(t.variableName), t.macroName], color: "#225566" },
  { tag: t.definition(t.propertyName), color: "#0000cc" },
  { tag: t.comment, color: "#8a4000" },
  { tag: t.invalid, color: "#c00000" },
]);

/** Any non-fallback highlighter replaces the setup bundles' default style (a fallback). */
export const accessibleHighlighting = syntaxHighlighting(accessibleStyle);
