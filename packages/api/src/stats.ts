// Item statistics for the teacher's reports, as pure functions over one row per learner.

/** Pearson correlation; null when it is undefined (fewer than 3 learners, or no spread). */
export function correlation(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 3 || ys.length !== n) return null;
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return round(sxy / Math.sqrt(sxx * syy));
}

export type QuestionObservation = {
  /** Fraction of the question's points (0..1). */
  fraction: number;
  correct: boolean;
  /** The learner's score on the rest of the assignment (for discrimination). */
  restScore: number;
  answer: unknown;
  misconception: string | undefined;
  parameters: Record<string, unknown>;
};

export type WrongAnswer = { answer: unknown; count: number; misconception: string | null };

export function questionStats(observations: QuestionObservation[]) {
  const n = observations.length;
  return {
    answered: n,
    percentCorrect: n ? round((100 * observations.filter((o) => o.correct).length) / n) : null,
    averageFraction: n ? round(observations.reduce((sum, o) => sum + o.fraction, 0) / n) : null,
    /** Corrected item–total correlation: do learners who do well elsewhere get this one right? */
    discrimination: correlation(
      observations.map((o) => o.fraction),
      observations.map((o) => o.restScore),
    ),
    commonWrongAnswers: commonWrongAnswers(observations),
    byParameter: byParameter(observations),
  };
}

/** The five most frequent wrong answers, each with the misconception most often matched to it. */
export function commonWrongAnswers(observations: QuestionObservation[], limit = 5): WrongAnswer[] {
  const groups = new Map<string, { answer: unknown; count: number; labels: Map<string, number> }>();
  for (const o of observations.filter((o) => !o.correct)) {
    const key = JSON.stringify(o.answer ?? null);
    const group = groups.get(key) ?? { answer: o.answer ?? null, count: 0, labels: new Map() };
    group.count += 1;
    if (o.misconception) group.labels.set(o.misconception, (group.labels.get(o.misconception) ?? 0) + 1);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((g) => ({ answer: g.answer, count: g.count, misconception: [...g.labels].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null }));
}

/** Per parameter, per value: how many learners had it and how many got the question right. */
export function byParameter(observations: QuestionObservation[]) {
  const table = new Map<string, Map<string, { value: unknown; answered: number; correct: number }>>();
  for (const o of observations) {
    for (const [name, value] of Object.entries(o.parameters)) {
      const values = table.get(name) ?? new Map();
      const cell = values.get(JSON.stringify(value)) ?? { value, answered: 0, correct: 0 };
      cell.answered += 1;
      if (o.correct) cell.correct += 1;
      values.set(JSON.stringify(value), cell);
      table.set(name, values);
    }
  }
  return [...table].map(([parameter, values]) => ({
    parameter,
    values: [...values.values()].map((v) => ({ ...v, percentCorrect: round((100 * v.correct) / v.answered) })),
  }));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
