// format(value, spec) for built-in values, on the primitives' format-spec mini-language.

import { formatFloat, formatInt, formatStr } from "./primitives/format.ts";
import { primitive, typeError } from "./exceptions.ts";
import { isIntLike } from "./numbers.ts";
import { PyFloat, type PyValue } from "./values.ts";

/** format(value, spec); `text` gives str(value) for values without their own formatting. */
export function formatBuiltin(value: PyValue, spec: string, text: () => string, typeName: string): string {
  if (typeof value === "boolean" && spec === "") return value ? "True" : "False";
  if (isIntLike(value)) return primitive(() => formatInt(value, spec));
  if (value instanceof PyFloat) return primitive(() => formatFloat(value.value, spec));
  if (typeof value === "string") return primitive(() => formatStr(value, spec));
  if (spec !== "") throw typeError(`unsupported format string passed to ${typeName}.__format__`);
  return text();
}
