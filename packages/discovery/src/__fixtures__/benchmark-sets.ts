/** Test helper: runs the matcher on a benchmark folder (labels.json + CSVs) and scores it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MappingSuggestion } from '../match/mapping-suggestion.js';
import { suggestMappings } from '../match/suggest-mappings.js';
import { profileCsv } from '../profile/profile-csv.js';

export const SHIPPED_SET = join(import.meta.dirname, '../../../../../shared/data/schema-matching');
export const HOLDOUT_SET = join(import.meta.dirname, 'holdout');
export const HOLDOUT_B_SET = join(import.meta.dirname, 'holdout-b');
export const HOLDOUT_C_SET = join(import.meta.dirname, 'holdout-c');
export const HOLDOUT_D_SET = join(import.meta.dirname, 'holdout-d');
export const HOLDOUT_E_SET = join(import.meta.dirname, 'holdout-e');
export const HOLDOUT_F_SET = join(import.meta.dirname, 'holdout-f');
export const HOLDOUT_G_SET = join(import.meta.dirname, 'holdout-g');
export const HOLDOUT_H_SET = join(import.meta.dirname, 'holdout-h');
export const HOLDOUT_I_SET = join(import.meta.dirname, 'holdout-i');
export const HOLDOUT_J_SET = join(import.meta.dirname, 'holdout-j');
export const HOLDOUT_K_SET = join(import.meta.dirname, 'holdout-k');
export const HOLDOUT_L_SET = join(import.meta.dirname, 'holdout-l');
export const HOLDOUT_M_SET = join(import.meta.dirname, 'holdout-m');
export const HOLDOUT_N_SET = join(import.meta.dirname, 'holdout-n');
export const HOLDOUT_O_SET = join(import.meta.dirname, 'holdout-o');
export const HOLDOUT_P_SET = join(import.meta.dirname, 'holdout-p');
export const HOLDOUT_Q_SET = join(import.meta.dirname, 'holdout-q');
export const HOLDOUT_R_SET = join(import.meta.dirname, 'holdout-r');
export const HOLDOUT_S_SET = join(import.meta.dirname, 'holdout-s');
export const HOLDOUT_T_SET = join(import.meta.dirname, 'holdout-t');
export const HOLDOUT_U_SET = join(import.meta.dirname, 'holdout-u');
export const HOLDOUT_V_SET = join(import.meta.dirname, 'holdout-v');
export const HOLDOUT_W_SET = join(import.meta.dirname, 'holdout-w');
export const HOLDOUT_X_SET = join(import.meta.dirname, 'holdout-x');
export const HOLDOUT_Y_SET = join(import.meta.dirname, 'holdout-y');
export const HOLDOUT_Z_SET = join(import.meta.dirname, 'holdout-z');

type Label = string | string[] | null;
export interface LabelledCase {
  name: string;
  file: string;
  labels: Record<string, Label>;
}

export interface ScoredColumn {
  case: string;
  column: string;
  label: Label;
  suggestion: MappingSuggestion;
  correct: boolean;
  critical: boolean;
}

const CRITICAL = new Set([
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

export function isAcceptable(predicted: string | null, label: Label): boolean {
  if (label === null) return predicted === null;
  return Array.isArray(label) ? predicted !== null && label.includes(predicted) : predicted === label;
}

export async function runSet(dir: string): Promise<ScoredColumn[]> {
  const cases = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as LabelledCase[];
  const out: ScoredColumn[] = [];
  for (const c of cases) {
    const { columns } = await profileCsv(join(dir, c.file));
    const byColumn = new Map(suggestMappings(columns).map((s) => [s.sourceField, s]));
    for (const [column, label] of Object.entries(c.labels)) {
      const suggestion = byColumn.get(column);
      if (!suggestion) throw new Error(`${c.name}: no suggestion for ${column}`);
      const targets = label === null ? [] : Array.isArray(label) ? label : [label];
      out.push({
        case: c.name,
        column,
        label,
        suggestion,
        correct: isAcceptable(suggestion.targetField, label),
        critical: targets.some((t) => CRITICAL.has(t)),
      });
    }
  }
  return out;
}

export function share(
  items: readonly ScoredColumn[],
  pick: (c: ScoredColumn) => boolean = () => true,
): number {
  const chosen = items.filter(pick);
  return chosen.filter((c) => c.correct).length / chosen.length;
}
