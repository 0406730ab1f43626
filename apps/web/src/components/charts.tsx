// Small hand-written SVG charts: a horizontal bar and a histogram. Each has a text alternative.

export function CompletionBar({ done, total, label }: { done: number; total: number; label: string }) {
  const fraction = total ? done / total : 0;
  return (
    <svg viewBox="0 0 200 18" width="100%" style={{ maxWidth: 260 }} role="img" aria-label={`${label}: ${done} of ${total} learners finished`} className="chart">
      <rect width="200" height="18" rx="3" fill="#e3e7eb" />
      <rect width={200 * fraction} height="18" rx="3" fill="#2e7d32" />
      <text x="6" y="13" style={{ fill: fraction > 0.3 ? "#fff" : "#1a1d21" }}>
        {done}/{total} finished
      </text>
    </svg>
  );
}

/** Learners per score band (0–20%, …, 80–100%). */
export function ScoreHistogram({ fractions, label }: { fractions: number[]; label: string }) {
  const bins = [0, 0, 0, 0, 0];
  for (const f of fractions) bins[Math.min(4, Math.floor(f * 5))]! += 1;
  const max = Math.max(1, ...bins);
  const names = ["0–20%", "20–40%", "40–60%", "60–80%", "80–100%"];
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox="0 0 260 120" width="100%" style={{ maxWidth: 320 }} role="img" aria-label={`${label}: ${bins.map((n, i) => `${n} learners at ${names[i]}`).join(", ")}`} className="chart">
        {bins.map((n, i) => {
          const h = (80 * n) / max;
          return (
            <g key={i}>
              <rect x={10 + i * 50} y={95 - h} width="40" height={h} fill="#1f5fbf" />
              <text x={30 + i * 50} y={90 - h} textAnchor="middle">
                {n}
              </text>
              <text x={30 + i * 50} y={112} textAnchor="middle">
                {names[i]}
              </text>
            </g>
          );
        })}
        <line x1="5" x2="255" y1="95" y2="95" stroke="#8a939c" />
      </svg>
      <figcaption className="muted" style={{ fontSize: "0.85rem" }}>
        Score distribution
      </figcaption>
    </figure>
  );
}

/** A heat-map cell colour: red (0) → amber → green (1); text stays dark for contrast. */
export function heatColour(fraction: number | null): string {
  if (fraction === null) return "#eef0f2";
  const hue = Math.round(fraction * 120);
  return `hsl(${hue} 70% 78%)`;
}
