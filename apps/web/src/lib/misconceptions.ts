// The wrong mental models the grader recognises, named for learners and teachers.
export const MISCONCEPTION_NAMES: Record<string, string> = {
  "threads-parallel": "Threads run Python code in parallel",
  "atomic-statements": "A statement like count += 1 is atomic",
  "fork-shares-memory": "A forked child shares its parent's memory",
  "threads-sequential": "Threads run one after another",
  "never-buffered": "Every print reaches the output at once",
};

export function misconceptionName(id: string | null | undefined): string | null {
  if (!id) return null;
  return MISCONCEPTION_NAMES[id] ?? id;
}
