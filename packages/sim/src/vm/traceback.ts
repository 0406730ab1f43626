// CPython 3.11's text for an uncaught exception: chained exceptions first, then
// "Traceback (most recent call last):", a File/line/name line per frame with the stripped source
// line, "[Previous line repeated N more times]" for recursion, and "Type: message".

import { exceptionStr, str } from "./repr.ts";
import { exceptionTypeNamed, isInstance, typeOf } from "./types.ts";
import { attributeNames } from "./attrs.ts";
import { closestName, nameSuggestion } from "./suggestions.ts";
import { PySyntaxError, type SyntaxErrorType } from "../lang/errors.ts";
import { newException } from "./exceptions.ts";
import { HELPER_FILENAME, None, PyTuple, type PyException, type PyValue, type TracebackEntry, type VmContext } from "./values.ts";

export type SourceLookup = (filename: string, line: number) => string | undefined;

/** How many identical consecutive entries CPython prints before collapsing the rest. */
const RECURSIVE_CUTOFF = 3;

function frameLines(entries: readonly TracebackEntry[], source: SourceLookup): string[] {
  const out: string[] = [];
  let previous: TracebackEntry | undefined;
  let repeats = 0;
  const flushRepeats = (): void => {
    if (repeats > RECURSIVE_CUTOFF) {
      const more = repeats - RECURSIVE_CUTOFF;
      out.push(`  [Previous line repeated ${more} more time${more === 1 ? "" : "s"}]\n`);
    }
  };
  for (const entry of entries) {
    if (entry.filename === HELPER_FILENAME) continue;
    const same = previous && previous.filename === entry.filename && previous.line === entry.line && previous.name === entry.name;
    if (same) repeats++;
    else {
      flushRepeats();
      repeats = 1;
    }
    previous = entry;
    if (repeats > RECURSIVE_CUTOFF) continue;
    out.push(`  File "${entry.filename}", line ${entry.line}, in ${entry.name}\n`);
    const original = source(entry.filename, entry.line);
    const text = original?.trim();
    if (text) {
      out.push(`    ${text}\n`);
      const carets = caretLine(original as string, entry);
      if (carets) out.push(`    ${carets}\n`);
    }
  }
  flushRepeats();
  return out;
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\f" || ch === "\n" || ch === "\r" || ch === "\v";
}

/** traceback.py _extract_caret_anchors_from_line_segment, from the anchors the compiler recorded. */
function anchors(segment: string, entry: TracebackEntry): [number, number] | null {
  if (entry.anchorLeft >= 0) {
    const operator = segment.slice(entry.anchorLeft, entry.anchorRight);
    const offset = operator.length - operator.trimStart().length;
    let left = entry.anchorLeft + offset;
    let right = left + 1;
    if (offset + 1 < operator.length && !isSpace(operator[offset + 1])) right++;
    while (left < segment.length && (isSpace(segment[left]) || segment[left] === ")" || segment[left] === "#")) {
      left++;
      right++;
    }
    return [left, right];
  }
  if (entry.anchorLeft < -1) {
    let left = -2 - entry.anchorLeft;
    let right = entry.anchorRight + 1;
    while (left < segment.length && segment[left] !== "[") left++;
    while (right < segment.length && segment[right] !== "]") right++;
    if (right < segment.length) right++;
    return [left, right];
  }
  return null;
}

/** The `^^^^` / `~~^~~` line CPython 3.11 prints under a frame's line, or null when it spans it all. */
function caretLine(original: string, entry: TracebackEntry): string | null {
  if (entry.col < 0 || entry.endCol < 0) return null;
  const stripped = original.trim();
  const strippedChars = original.length - original.trimStart().length;
  const start = entry.col;
  const sameLine = entry.endLine === entry.line;
  const end = sameLine ? entry.endCol : strippedChars + stripped.length;
  const found = sameLine ? anchors(original.slice(start, end), entry) : null;
  if (!(end - start < stripped.length || (found && found[1] - found[0] > 0))) return null;
  const indent = " ".repeat(Math.max(0, start - strippedChars));
  if (!found) return indent + "^".repeat(end - start);
  const [left, right] = found;
  return indent + "~".repeat(left) + "^".repeat(right - left) + "~".repeat(end - start - right);
}

/** A SyntaxError found while importing a module, as the Python exception `import` raises. */
export function syntaxErrorException(error: PySyntaxError): PyException {
  const details = new PyTuple([error.filename, error.line, error.offset, error.sourceLine, error.line, error.endOffset ?? None]);
  const exc = newException(exceptionTypeNamed(error.type), [error.msg, details]);
  const fields: [string, PyValue][] = [
    ["msg", error.msg], ["filename", error.filename], ["lineno", error.line], ["offset", error.offset],
    ["text", error.sourceLine], ["end_lineno", error.line], ["end_offset", error.endOffset ?? None],
  ];
  for (const [name, value] of fields) exc.dict.set(name, value);
  return exc;
}

/** print_exception's SyntaxError block (File/line, source line, caret, message) from the exception's fields. */
function syntaxErrorBlock(exc: PyException): string | undefined {
  const { msg, filename, lineno, offset, text, end_offset: endOffset } = Object.fromEntries(exc.dict);
  if (typeof msg !== "string" || typeof filename !== "string" || typeof lineno !== "number") return undefined;
  return new PySyntaxError({
    type: typeOf(exc).name as SyntaxErrorType,
    msg,
    filename,
    line: lineno,
    offset: typeof offset === "number" ? offset : 0,
    endOffset: typeof endOffset === "number" ? endOffset : undefined,
    sourceLine: typeof text === "string" ? text : "",
  }).format();
}

/** The last line: "Type: message" (module-qualified for classes outside builtins/__main__). */
export function exceptionLine(vm: VmContext, exc: PyException): string {
  const cls = typeOf(exc);
  // `__module__` may be reassigned after the class statement (queue.Empty claims to be _queue's).
  const assigned = cls.dict.get("__module__");
  const module = typeof assigned === "string" ? assigned : cls.module;
  const name = module === "builtins" || module === "__main__" ? cls.qualname : `${module}.${cls.qualname}`;
  let message: string;
  try {
    message = str(vm, exc);
  } catch {
    message = exceptionStr(vm, exc);
  }
  const suggestion = suggestionFor(exc);
  if (suggestion !== undefined) message += `. Did you mean: '${suggestion}'?`;
  return message === "" ? `${name}\n` : `${name}: ${message}\n`;
}

/** _Py_Offer_Suggestions: for AttributeError from its name and obj, for NameError from its scopes. */
function suggestionFor(exc: PyException): string | undefined {
  const name = exc.dict.get("name");
  if (typeof name !== "string") return undefined;
  if (isInstance(exc, exceptionTypeNamed("AttributeError"))) {
    const obj = exc.dict.get("obj");
    return obj === undefined ? undefined : closestName(attributeNames(obj), name);
  }
  if (isInstance(exc, exceptionTypeNamed("NameError")) && exc.nameScopes) return nameSuggestion(name, exc.nameScopes);
  return undefined;
}

export function formatException(vm: VmContext, exc: PyException, source: SourceLookup, seen = new Set<PyException>()): string {
  seen.add(exc);
  let prefix = "";
  if (exc.cause && !seen.has(exc.cause)) {
    prefix = formatException(vm, exc.cause, source, seen) +
      "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (exc.context && !exc.suppressContext && !seen.has(exc.context)) {
    prefix = formatException(vm, exc.context, source, seen) +
      "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  const body = exc.traceback.length > 0 ? ["Traceback (most recent call last):\n", ...frameLines(exc.traceback, source)].join("") : "";
  const isSyntaxError = isInstance(exc, exceptionTypeNamed("SyntaxError"));
  const last = (isSyntaxError ? syntaxErrorBlock(exc) : undefined) ?? exceptionLine(vm, exc);
  return prefix + body + last;
}
