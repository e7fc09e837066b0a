import { round } from './stats.js';

export interface Figure {
  /** What was measured, e.g. "requests/s". */
  metric: string;
  value: number;
  baseline: number;
  /** value / baseline. */
  ratio: number;
  /** The target, in words, and whether it was met (null when there is none). */
  target: string | null;
  met: boolean | null;
}

export interface ScenarioResult {
  name: string;
  description: string;
  baselineDescription: string;
  figures: Figure[];
  notes: Record<string, unknown>;
}

export function figure(
  metric: string,
  value: number,
  baseline: number,
  target: {
    text: string;
    met: (ratio: number, value: number, baseline: number) => boolean;
  } | null = null,
): Figure {
  const ratio = baseline === 0 ? Number.NaN : value / baseline;
  return {
    metric,
    value: round(value),
    baseline: round(baseline),
    ratio: round(ratio, 3),
    target: target?.text ?? null,
    met: target ? target.met(ratio, value, baseline) : null,
  };
}

export function printScenario(result: ScenarioResult): void {
  const lines = [
    `\n## ${result.name}: ${result.description}`,
    `   baseline: ${result.baselineDescription}`,
  ];
  for (const f of result.figures) {
    const verdict = f.met === null ? '' : f.met ? '  ✔' : '  ✘';
    lines.push(
      `   ${f.metric.padEnd(34)} ${String(f.value).padStart(10)}  vs ${String(f.baseline).padStart(10)}  ratio ${String(f.ratio).padStart(7)}${f.target ? `  target ${f.target}${verdict}` : ''}`,
    );
  }
  for (const [key, value] of Object.entries(result.notes))
    lines.push(`   ${key}: ${JSON.stringify(value)}`);
  console.log(lines.join('\n'));
}
