import { GrowthNavError } from '../errors.js';
import { type CompiledMapping, compileMapping, type RuleProblem } from '../mapping/compile-mapping.js';
import type { FieldMapping } from '../mapping/field-mapping.js';
import { type MappingOverrides, mergeMappings } from '../mapping/merge-mappings.js';
import { type Conversion, conversionSchema } from '../schema/conversion-schema.js';
import { systems } from '../systems/index.js';

export interface NormalizeOptions {
  /** Tenant the conversions belong to. */
  customerId: string;
  /** Changes on top of the system's default mapping. */
  overrides?: MappingOverrides | undefined;
  /** Also validate every conversion against conversionSchema (slower; for tests and untrusted mappings). */
  validate?: boolean | undefined;
}

/** A record that could not become a conversion, with where and why. */
export interface QuarantinedRecord extends RuleProblem {
  /** Position of the record in the input (0-based, counting every record). */
  index: number;
  record: unknown;
}

/** Usable-but-imperfect data: the conversion loaded, one field did not. */
export interface NormalizeWarning extends RuleProblem {
  index: number;
}

export interface NormalizeResult {
  conversions: Conversion[];
  quarantined: QuarantinedRecord[];
  warnings: NormalizeWarning[];
}

/** One record at a time, for streams: compile once, call per record. */
export interface Normalizer {
  readonly mapping: FieldMapping;
  /** Adds the record's outcome to `into`. Never throws on bad data. */
  normalizeRecord(record: unknown, index: number, into: NormalizeResult): void;
}

function resolveMapping(
  system: string | FieldMapping,
  overrides: MappingOverrides | undefined,
): FieldMapping {
  const base = typeof system === 'string' ? systems.get(system).mapping : system;
  return mergeMappings(base, overrides);
}

/** Compiles the mapping of a system id (or a FieldMapping) once for per-record use. */
export function createNormalizer(system: string | FieldMapping, options: NormalizeOptions): Normalizer {
  if (typeof options.customerId !== 'string' || options.customerId.trim() === '') {
    throw new GrowthNavError({
      code: 'INVALID_OPTIONS',
      message: 'normalize needs options.customerId, the tenant id.',
    });
  }
  const compiled: CompiledMapping = compileMapping(resolveMapping(system, options.overrides));
  const { customerId, validate } = options;
  return {
    mapping: compiled.mapping,
    normalizeRecord(record, index, into) {
      let outcome: ReturnType<CompiledMapping['apply']>;
      try {
        outcome = compiled.apply(record, customerId);
      } catch (error) {
        // A defect, not bad data; still never lose the record.
        into.quarantined.push({
          index,
          record,
          field: '(record)',
          target: '(record)',
          value: undefined,
          reason: `unexpected error: ${(error as Error).message}`,
        });
        return;
      }
      for (const w of outcome.warnings) into.warnings.push({ index, ...w });
      if (!outcome.ok) {
        into.quarantined.push({ index, record, ...outcome.problem });
        return;
      }
      if (validate) {
        const check = conversionSchema.safeParse(outcome.conversion);
        if (!check.success) {
          const issue = check.error.issues[0]!;
          const target = issue.path.join('.');
          into.quarantined.push({
            index,
            record,
            field: '(conversion)',
            target,
            value: undefined,
            reason: issue.message,
          });
          return;
        }
      }
      into.conversions.push(outcome.conversion);
    },
  };
}

/**
 * Turns source records into Conversions with a system's default mapping (see
 * listSystems) or a FieldMapping, plus overrides. Every record ends in exactly
 * one of `conversions` or `quarantined`; a quarantined record names the field,
 * the value and the reason. Never throws on bad records; throws only on a bad
 * mapping, an unknown system or missing options.
 */
export function normalize(
  system: string | FieldMapping,
  records: Iterable<unknown>,
  options: NormalizeOptions,
): NormalizeResult {
  const normalizer = createNormalizer(system, options);
  const result: NormalizeResult = { conversions: [], quarantined: [], warnings: [] };
  let index = 0;
  for (const record of records) normalizer.normalizeRecord(record, index++, result);
  return result;
}

/**
 * Streaming form of `normalize`: yields one result per input batch, so memory
 * stays bounded whatever the input size. Indexes count across batches.
 */
export async function* normalizeStream(
  system: string | FieldMapping,
  batches: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
  options: NormalizeOptions,
): AsyncGenerator<NormalizeResult> {
  const normalizer = createNormalizer(system, options);
  let index = 0;
  for await (const batch of batches) {
    const result: NormalizeResult = { conversions: [], quarantined: [], warnings: [] };
    for (const record of batch) normalizer.normalizeRecord(record, index++, result);
    yield result;
  }
}
