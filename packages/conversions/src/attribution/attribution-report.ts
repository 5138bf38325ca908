import type { AttributionResult } from '../schema/conversion-schema.js';
import { AttributionError } from './attribution-error.js';

/** Dimensions attributionReport can group by. */
export const attributionReportDimensions = ['platform', 'campaign', 'model'] as const;
export type AttributionReportDimension = (typeof attributionReportDimensions)[number];

/**
 * Anything with a value and attribution results: a full `Conversion`, an
 * `AttributedConversion` or an `UnattributedConversion` from `attribute`.
 */
export interface ReportableConversion {
  readonly value: number;
  readonly attribution: readonly AttributionResult[];
}

export interface AttributionReportOptions {
  /** Dimensions to group by, any subset (their order does not matter); default all three. */
  by?: readonly AttributionReportDimension[];
}

/** One group; only the dimensions asked for in `by` are present. */
export interface AttributionReportRow {
  platform?: string;
  campaign?: string | null;
  model?: string;
  /** Conversions credited: the sum of the weights (fractions of conversions). */
  conversions: number;
  /** Value credited: the sum of value × weight. */
  value: number;
  /** `conversions` over all conversions credited under the same model: the rows of one model sum to 1. */
  share: number;
}

export interface AttributionReport {
  /** Sorted by model, then conversions credited (most first), then platform and campaign. */
  rows: AttributionReportRow[];
  /** Conversions given with no attribution result at all. */
  unattributed: { conversions: number; value: number };
}

function optionsError(message: string): AttributionError {
  return new AttributionError({ code: 'INVALID_OPTIONS', field: 'options.by', message });
}

const compareText = (a: string | null | undefined, b: string | null | undefined) =>
  a === b ? 0 : a == null ? -1 : b == null ? 1 : a < b ? -1 : 1;

/**
 * Sums credited conversions and value per platform, campaign and model (or
 * any subset of them). A conversion carrying results of
 * several models counts once under each. Grouping without `model` is only
 * allowed when the input holds results of one model, since shares and totals
 * across models would count conversions more than once.
 */
export function attributionReport(
  conversions: readonly ReportableConversion[],
  options: AttributionReportOptions = {},
): AttributionReport {
  const by = options.by ?? attributionReportDimensions;
  for (const dimension of by) {
    if (!attributionReportDimensions.includes(dimension)) {
      throw optionsError(
        `Cannot group by ${JSON.stringify(dimension)}; use any of ${attributionReportDimensions.join(', ')}.`,
      );
    }
  }
  const withPlatform = by.includes('platform');
  const withCampaign = by.includes('campaign');
  const withModel = by.includes('model');

  const groups = new Map<string, { model: string; row: AttributionReportRow }>();
  const perModel = new Map<string, number>();
  const unattributed = { conversions: 0, value: 0 };
  for (const conversion of conversions) {
    if (conversion.attribution.length === 0) {
      unattributed.conversions += 1;
      unattributed.value += conversion.value;
      continue;
    }
    for (const result of conversion.attribution) {
      const key = [
        result.model,
        withPlatform ? result.platform : '',
        withCampaign ? (result.campaign === null ? '\u0001' : `\u0002${result.campaign}`) : '',
      ].join('\u0000');
      let group = groups.get(key);
      if (group === undefined) {
        const row: AttributionReportRow = {
          ...(withPlatform && { platform: result.platform }),
          ...(withCampaign && { campaign: result.campaign }),
          ...(withModel && { model: result.model }),
          conversions: 0,
          value: 0,
          share: 0,
        };
        group = { model: result.model, row };
        groups.set(key, group);
      }
      group.row.conversions += result.weight;
      group.row.value += conversion.value * result.weight;
      perModel.set(result.model, (perModel.get(result.model) ?? 0) + result.weight);
    }
  }
  if (!withModel && perModel.size > 1) {
    throw optionsError(
      `The results hold ${perModel.size} models (${[...perModel.keys()].sort().join(', ')}); add 'model' to \`by\` or report one model at a time.`,
    );
  }

  const sorted = [...groups.values()].sort(
    (a, b) =>
      compareText(a.model, b.model) ||
      b.row.conversions - a.row.conversions ||
      compareText(a.row.platform, b.row.platform) ||
      compareText(a.row.campaign, b.row.campaign),
  );
  return {
    rows: sorted.map(({ model, row }) => {
      const total = perModel.get(model)!;
      return { ...row, share: total > 0 ? row.conversions / total : 0 };
    }),
    unattributed,
  };
}
