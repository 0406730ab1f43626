// str.format's template parser (Objects/stringlib/unicode_format.h): literal text and replacement fields.
import { PrimitiveError } from "./errors.ts";

/**
 * `.name` or `[key]` after a field's first name (a key of digits only is an int). A malformed rest
 * is an `error` accessor: CPython raises that ValueError only when the lookup reaches it.
 */
export type FieldAccessor =
  | { kind: "attribute"; name: string }
  | { kind: "index"; key: number | string }
  | { kind: "error"; message: string };

/** One replacement field: positional index (auto-numbered when empty) or keyword, accessors, conversion, spec. */
export interface FormatField {
  key: number | string;
  accessors: FieldAccessor[];
  conversion: "r" | "s" | "a" | "";
  /** The format spec: literal text and nested fields, joined after rendering the nested fields. */
  spec: FormatPiece[];
}

export type FormatPiece = string | FormatField;

const valueError = (message: string): PrimitiveError => new PrimitiveError("ValueError", message);

interface Numbering {
  state: "init" | "auto" | "manual";
  next: number;
}

/**
 * Parses a str.format template ("{0:>{w}} {name!r}") into literal text and fields, with CPython's
 * ValueErrors (single braces, bad conversions, mixed auto/manual numbering, nesting deeper than 2).
 */
export function parseFormatString(template: string): FormatPiece[] {
  return parsePieces(template, 2, { state: "init", next: 0 });
}

function parsePieces(template: string, depth: number, numbering: Numbering): FormatPiece[] {
  if (depth <= 0) throw valueError("Max string recursion exceeded");
  const pieces: FormatPiece[] = [];
  let literal = "";
  let pos = 0;
  while (pos < template.length) {
    const ch = template[pos]!;
    pos++;
    if (ch !== "{" && ch !== "}") {
      literal += ch;
      continue;
    }
    if (template[pos] === ch) {
      literal += ch; // "{{" or "}}"
      pos++;
      continue;
    }
    if (ch === "}") throw valueError("Single '}' encountered in format string");
    if (pos >= template.length) throw valueError("Single '{' encountered in format string");
    if (literal !== "") pieces.push(literal);
    literal = "";
    const field = parseField(template, pos);
    pieces.push(buildField(field, depth, numbering));
    pos = field.end;
  }
  if (literal !== "") pieces.push(literal);
  return pieces;
}

interface RawField {
  name: string;
  conversion: string;
  spec: string;
  end: number;
}

/** Splits "name[!conv][:spec]}" starting after "{" (CPython's parse_field). */
function parseField(template: string, start: number): RawField {
  let pos = start;
  let stop = "";
  while (pos < template.length && stop === "") {
    const c = template[pos++]!;
    if (c === "{") throw valueError("unexpected '{' in field name");
    if (c === "[") while (pos < template.length && template[pos] !== "]") pos++;
    else if (c === "}" || c === ":" || c === "!") stop = c;
  }
  if (stop === "") throw valueError("expected '}' before end of string");
  const name = template.slice(start, pos - 1);
  if (stop === "}") return { name, conversion: "", spec: "", end: pos };
  const c = stop;
  let conversion = "";
  if (c === "!") {
    if (pos >= template.length) throw valueError("end of string while looking for conversion specifier");
    conversion = template[pos++]!;
    if (pos < template.length) {
      const after = template[pos++]!;
      if (after === "}") return { name, conversion, spec: "", end: pos };
      if (after !== ":") throw valueError("expected ':' after conversion specifier");
    }
  }
  const specStart = pos;
  let depth = 1;
  while (pos < template.length) {
    const ch = template[pos++]!;
    if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return { name, conversion, spec: template.slice(specStart, pos - 1), end: pos };
  }
  throw valueError("unmatched '{' in format spec");
}

function buildField(raw: RawField, depth: number, numbering: Numbering): FormatField {
  const { first, accessors } = splitFieldName(raw.name);
  const key = resolveKey(first, numbering);
  if (raw.conversion !== "" && !"rsa".includes(raw.conversion)) {
    const code = raw.conversion.codePointAt(0) ?? 0;
    const shown = code > 32 && code < 127 ? raw.conversion : `\\x${code.toString(16)}`;
    throw valueError(`Unknown conversion specifier ${shown}`);
  }
  const spec = raw.spec.includes("{") ? parsePieces(raw.spec, depth - 1, numbering) : raw.spec === "" ? [] : [raw.spec];
  return { key, accessors, conversion: raw.conversion as FormatField["conversion"], spec };
}

function resolveKey(first: string, numbering: Numbering): number | string {
  const numeric = /^\d+$/.test(first);
  if (first !== "" && !numeric) return first;
  const auto = first === "";
  if (numbering.state === "init") numbering.state = auto ? "auto" : "manual";
  if (numbering.state === "manual" && auto) {
    throw valueError("cannot switch from manual field specification to automatic field numbering");
  }
  if (numbering.state === "auto" && !auto) {
    throw valueError("cannot switch from automatic field numbering to manual field specification");
  }
  return auto ? numbering.next++ : Number(first);
}

function splitFieldName(name: string): { first: string; accessors: FieldAccessor[] } {
  const firstEnd = name.search(/[.[]/);
  const first = firstEnd === -1 ? name : name.slice(0, firstEnd);
  const accessors: FieldAccessor[] = [];
  let pos = firstEnd === -1 ? name.length : firstEnd;
  while (pos < name.length) {
    const next = readAccessor(name, pos);
    accessors.push(next.accessor);
    if (next.accessor.kind === "error") break;
    pos = next.end;
  }
  return { first, accessors };
}

function readAccessor(name: string, start: number): { accessor: FieldAccessor; end: number } {
  const error = (message: string) => ({ accessor: { kind: "error", message } as const, end: name.length });
  if (name[start] === ".") {
    const stop = name.slice(start + 1).search(/[.[]/);
    const attribute = stop === -1 ? name.slice(start + 1) : name.slice(start + 1, start + 1 + stop);
    if (attribute === "") return error("Empty attribute in format string");
    return { accessor: { kind: "attribute", name: attribute }, end: start + 1 + attribute.length };
  }
  if (name[start] === "[") {
    const close = name.indexOf("]", start + 1);
    if (close === -1) return error("Missing ']' in format string");
    const key = name.slice(start + 1, close);
    if (key === "") return error("Empty attribute in format string");
    return { accessor: { kind: "index", key: /^\d+$/.test(key) ? Number(key) : key }, end: close + 1 };
  }
  return error("Only '.' or '[' may follow ']' in format field specifier");
}
