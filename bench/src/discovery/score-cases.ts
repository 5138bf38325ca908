/** Scoring of schema-matching predictions, as defined in ../shared/data/schema-matching/README.md. */

export type Label = string | string[] | null;

export interface BenchCase {
  name: string;
  file: string;
  source?: string;
  labels: Record<string, Label>;
}

export interface Prediction {
  column: string;
  target: string | null;
  confidence: number;
  score: number;
}

export interface CaseScore {
  name: string;
  columns: number;
  correct: number;
  predictedNonNull: number;
  correctNonNull: number;
  labelledNonNull: number;
  critical: number;
  criticalCorrect: number;
  errors: { column: string; predicted: string | null; label: Label; confidence: number }[];
}

export const CRITICAL_TARGETS = new Set([
  'transaction_id',
  'timestamp',
  'date',
  'value',
  'currency',
  'email',
  'phone',
  'customer_id',
  'first_name',
  'last_name',
  'full_name',
  'postal_code',
  'status',
]);

export function isCorrect(predicted: string | null, label: Label): boolean {
  if (label === null) return predicted === null;
  if (Array.isArray(label)) return predicted !== null && label.includes(predicted);
  return predicted === label;
}

function labelTargets(label: Label): string[] {
  if (label === null) return [];
  return Array.isArray(label) ? label : [label];
}

export function scoreCase(bench: BenchCase, predictions: readonly Prediction[]): CaseScore {
  const byColumn = new Map(predictions.map((p) => [p.column, p]));
  const score: CaseScore = {
    name: bench.name,
    columns: 0,
    correct: 0,
    predictedNonNull: 0,
    correctNonNull: 0,
    labelledNonNull: 0,
    critical: 0,
    criticalCorrect: 0,
    errors: [],
  };
  for (const [column, label] of Object.entries(bench.labels)) {
    const prediction = byColumn.get(column);
    const predicted = prediction?.target ?? null;
    const ok = isCorrect(predicted, label);
    score.columns++;
    if (ok) score.correct++;
    else score.errors.push({ column, predicted, label, confidence: prediction?.confidence ?? 0 });
    if (predicted !== null) {
      score.predictedNonNull++;
      if (ok) score.correctNonNull++;
    }
    if (label !== null) score.labelledNonNull++;
    if (labelTargets(label).some((t) => CRITICAL_TARGETS.has(t))) {
      score.critical++;
      if (ok) score.criticalCorrect++;
    }
  }
  return score;
}

export function sumScores(name: string, scores: readonly CaseScore[]): CaseScore {
  const total: CaseScore = {
    name,
    columns: 0,
    correct: 0,
    predictedNonNull: 0,
    correctNonNull: 0,
    labelledNonNull: 0,
    critical: 0,
    criticalCorrect: 0,
    errors: [],
  };
  for (const s of scores) {
    total.columns += s.columns;
    total.correct += s.correct;
    total.predictedNonNull += s.predictedNonNull;
    total.correctNonNull += s.correctNonNull;
    total.labelledNonNull += s.labelledNonNull;
    total.critical += s.critical;
    total.criticalCorrect += s.criticalCorrect;
  }
  return total;
}

const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function formatScoreRow(s: CaseScore): string {
  return [
    s.name.padEnd(26),
    String(s.columns).padStart(4),
    pct(s.correct, s.columns),
    pct(s.correctNonNull, s.predictedNonNull),
    pct(s.correctNonNull, s.labelledNonNull),
    `${pct(s.criticalCorrect, s.critical)} (${s.criticalCorrect}/${s.critical})`,
  ].join('  ');
}

export const SCORE_HEADER = `${'case'.padEnd(26)}  cols  accuracy  precision  recall   critical`;

export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  correct: number;
}

/** Buckets predictions by confidence and counts how many were right. */
export function calibrationTable(
  items: readonly { confidence: number; correct: boolean }[],
  edges: readonly number[] = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001],
): CalibrationBin[] {
  const bins: CalibrationBin[] = [];
  for (let i = 0; i + 1 < edges.length; i++)
    bins.push({ from: edges[i]!, to: edges[i + 1]!, count: 0, correct: 0 });
  for (const item of items) {
    const bin = bins.find((b) => item.confidence >= b.from && item.confidence < b.to);
    if (!bin) continue;
    bin.count++;
    if (item.correct) bin.correct++;
  }
  return bins;
}

export function formatCalibration(
  title: string,
  items: readonly { confidence: number; correct: boolean }[],
): string {
  const lines = [title, '  confidence     n   right  accuracy  mean conf'];
  for (const bin of calibrationTable(items)) {
    const inBin = items.filter((i) => i.confidence >= bin.from && i.confidence < bin.to);
    const mean = inBin.length === 0 ? 0 : inBin.reduce((s, i) => s + i.confidence, 0) / inBin.length;
    lines.push(
      `  [${bin.from.toFixed(2)}, ${Math.min(1, bin.to).toFixed(2)}${bin.to > 1 ? ']' : ')'}  ${String(bin.count).padStart(4)}  ${String(bin.correct).padStart(5)}  ${pct(bin.correct, bin.count).padStart(8)}  ${bin.count ? mean.toFixed(2).padStart(8) : '       -'}`,
    );
  }
  const high = items.filter((i) => i.confidence >= 0.9);
  lines.push(
    `  confidence ≥ 0.90: ${high.filter((i) => i.correct).length}/${high.length} right (${pct(high.filter((i) => i.correct).length, high.length).trim()})`,
  );
  return lines.join('\n');
}
