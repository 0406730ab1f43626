// CPython 3.11's "Did you mean" for NameError and AttributeError (Python/suggestions.c): the closest
// candidate by a Levenshtein distance where a case change costs 1 and any other edit 2, within a
// third of the characters involved.

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function substitutionCost(a: number, b: number): number {
  // suggestions.c compares the least five bits first (a cheap test that the letters can match).
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  return lowerAscii(a) === lowerAscii(b) ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance(): more than `maxCost` is reported as maxCost + 1. */
export function levenshteinDistance(left: string, right: string, maxCost: number): number {
  let a = left;
  let b = right;
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  a = a.slice(prefix);
  b = b.slice(prefix);
  let suffix = 0;
  while (suffix < a.length && suffix < b.length && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  a = a.slice(0, a.length - suffix);
  b = b.slice(0, b.length - suffix);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  return rowDistance(a, b, maxCost);
}

/** The one-row dynamic programme of suggestions.c (a is the shorter string). */
function rowDistance(a: string, b: string, maxCost: number): number {
  const row = Array.from({ length: a.length }, (_, i) => (i + 1) * MOVE_COST);
  let result = 0;
  for (let bIndex = 0; bIndex < b.length; bIndex++) {
    const code = b.charCodeAt(bIndex);
    let distance = (result = bIndex * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + substitutionCost(code, a.charCodeAt(index));
      distance = row[index] as number;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions(): the first closest candidate, or undefined. */
export function closestName(candidates: readonly string[], name: string): string | undefined {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return undefined;
  let best: string | undefined;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const maxDistance = Math.min(Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const distance = levenshteinDistance(name, item, maxDistance);
    if (distance > maxDistance) continue;
    if (best === undefined || distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

/** offer_suggestions_for_name_error(): the frame's local names, then its globals, then builtins. */
export function nameSuggestion(name: string, scopes: readonly (readonly string[])[]): string | undefined {
  for (const scope of scopes) {
    const found = closestName(scope, name);
    if (found !== undefined) return found;
  }
  return undefined;
}
