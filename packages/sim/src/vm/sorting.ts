// sorted() / list.sort(): stable, key= and reverse=, ordering by `<` only (as CPython's timsort).
// A Python key function runs in Python frames (a helper the call is handed to), so it may block.

import { lessThan, truthy } from "./objects.ts";
import { None, PyBoundMethod, PyFunction, TailCall, type PyList, type PyValue, type VmContext } from "./values.ts";
import type { Machine } from "./machine.ts";

export function sortValues(vm: VmContext, items: readonly PyValue[], key: PyValue, reverse: PyValue): PyValue[] {
  const keys = items.map((value) => (key === None ? value : vm.call(key, [value])));
  return sortByKeys(vm, items, keys, reverse);
}

/** `items` ordered by their precomputed `keys` (what CPython's list.sort does with key=). */
export function sortByKeys(vm: VmContext, items: readonly PyValue[], keys: readonly PyValue[], reverse: PyValue): PyValue[] {
  const keyed = items.map((value, index) => ({ value, index, key: keys[index] as PyValue }));
  const descending = truthy(vm, reverse);
  keyed.sort((a, b) => {
    // reverse=True keeps equal elements in their original order, as CPython does.
    const [x, y] = descending ? [b, a] : [a, b];
    if (lessThan(vm, x.key, y.key)) return -1;
    if (lessThan(vm, y.key, x.key)) return 1;
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.value);
}

export const HELPER_MODULE = "_interleave_builtins";

/**
 * sorted(items, key=f) / list.sort(key=f) with a Python `f`: handed to the helper `helper(list, f, reverse)`,
 * which computes the keys in Python frames; undefined (sort natively) for other keys or without the helper.
 */
export function keyedSortCall(vm: VmContext, helper: "sorted_by_key" | "sort_by_key", list: PyList, key: PyValue, reverse: PyValue): TailCall | undefined {
  const python = key instanceof PyFunction || (key instanceof PyBoundMethod && key.func instanceof PyFunction);
  if (!python || (vm as Machine).host?.librarySource(HELPER_MODULE) === undefined) return undefined;
  return new TailCall(vm.importModule(HELPER_MODULE).dict.get(helper) as PyValue, [list, key, reverse]);
}
