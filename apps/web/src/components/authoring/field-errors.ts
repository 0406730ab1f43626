// Splits buildExercise's error lines ("slug/exercise.yaml: questions[1].prompt: must not be empty")
// by where they belong: the slug, main.py, or a YAML field.

export type PlacedErrors = { slug: string[]; python: string[]; yaml: { field: string; message: string }[] };

export function placeErrors(slug: string, errors: string[]): PlacedErrors {
  const placed: PlacedErrors = { slug: [], python: [], yaml: [] };
  const prefix = `${slug || "exercise"}/exercise.yaml: `;
  for (const line of errors) {
    if (line.startsWith(prefix)) {
      const rest = line.slice(prefix.length);
      const match = /^([\w.[\]-]+): (.*)$/s.exec(rest);
      placed.yaml.push(match ? { field: match[1]!, message: match[2]! } : { field: "exercise.yaml", message: rest });
    } else if (/folder name/.test(line)) placed.slug.push(line.replace(/^[^:]*: /, ""));
    else if (/\.py\b/.test(line)) placed.python.push(line);
    else placed.yaml.push({ field: "exercise", message: line });
  }
  return placed;
}
