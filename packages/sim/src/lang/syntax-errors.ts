// lezer recovers from syntax errors by inserting error nodes (⚠). The first one becomes a SyntaxError:
// CPython's specific message for the common cases it recognises, else the generic "invalid syntax".

import type { SyntaxNode } from "@lezer/common";
import { PySyntaxError } from "./errors.ts";
import type { LineMap } from "./positions.ts";

/** Containers whose items are comma-separated: `f(a b)` there is CPython's "forgot a comma" error. */
const COMMA_CONTAINERS = new Set(["ArrayExpression", "TupleExpression", "ParenthesizedExpression", "ArgList", "SetExpression", "DictionaryExpression"]);

const PUNCTUATION = new Set(["(", "[", "{", ",", ":", "AssignOp", "ArithOp", "BitOp", "CompareOp", "*", "**", "."]);

interface Diagnosis {
  msg: string;
  from: number;
  to?: number;
}

export function firstSyntaxError(top: SyntaxNode, source: string, filename: string, lines: LineMap): PySyntaxError | null {
  const error = findErrorNode(top);
  if (!error) return null;
  const diagnosis = diagnose(error, source);
  const at = lines.at(diagnosis.from);
  const end = diagnosis.to === undefined ? undefined : lines.at(diagnosis.to);
  return new PySyntaxError({
    msg: diagnosis.msg,
    filename,
    line: at.line,
    offset: at.col + 1,
    endOffset: end && end.line === at.line && end.col > at.col ? end.col + 1 : undefined,
    sourceLine: lines.lineText(at.line),
  });
}

function diagnose(error: SyntaxNode, source: string): Diagnosis {
  const previous = error.prevSibling;
  const parent = error.parent;
  if (parent?.name === "Body" && !previous && error.from === error.to) {
    const header = parent.prevSibling;
    return { msg: "expected ':'", from: header ? header.to : error.from };
  }
  const text = source.slice(error.from, error.to);
  if (text === "=" && previous && (parent?.name === "IfStatement" || parent?.name === "WhileStatement")) {
    const value = error.nextSibling;
    return { msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: previous.from, to: value?.type.isError ? value.to : error.to };
  }
  // `"b" "c" d`: lezer nests the stray item in the implicitly concatenated string before it.
  const [item, container] = parent?.name === "ContinuedString" ? [parent, parent.parent] : [previous, parent];
  if (previous && item && container && COMMA_CONTAINERS.has(container.name) && !PUNCTUATION.has(previous.name) && /^[\w'"([{]/.test(text)) {
    return { msg: "invalid syntax. Perhaps you forgot a comma?", from: item.from, to: firstTokenEnd(error) };
  }
  return { msg: "invalid syntax", from: tokenStart(error, source) };
}

/** A zero-width error node sits before the token lezer could not use: point at that token. */
function tokenStart(error: SyntaxNode, source: string): number {
  let offset = error.from;
  while (offset < source.length && /[ \t\f]/.test(source[offset] ?? "")) offset++;
  return offset >= source.length || source[offset] === "\n" ? error.from : offset;
}

function firstTokenEnd(error: SyntaxNode): number {
  let node: SyntaxNode = error;
  while (node.firstChild) node = node.firstChild;
  return node.to > node.from ? node.to : error.to;
}

function findErrorNode(top: SyntaxNode): SyntaxNode | null {
  let found: SyntaxNode | null = null;
  top.toTree().iterate({
    enter: (ref) => {
      // f-strings are scanned and their fields parsed separately (see fstrings.ts).
      if (found || ref.name === "FormatString") return false;
      if (ref.type.isError && !isBareYieldGap(ref.node)) {
        found = ref.node;
        return false;
      }
      return undefined;
    },
  });
  return found;
}

/** lezer's grammar requires a value after `yield`; a bare `yield` is valid Python (an empty error node follows it). */
export function isBareYieldGap(node: SyntaxNode): boolean {
  return node.from === node.to && node.prevSibling?.name === "yield";
}
