import type { FieldMapping, FieldRule } from './field-mapping.js';

/** Changes to apply on top of a base mapping (a vendor default or a discovery suggestion). */
export interface MappingOverrides extends Partial<Omit<FieldMapping, 'fields' | 'version'>> {
  /** Rules that replace every base rule with the same target (identity targets included); new targets are added. */
  fields?: FieldRule[];
  /** Targets whose base rules are dropped. */
  remove?: string[];
}

/** Applies user overrides to a base mapping without mutating either. */
export function mergeMappings(base: FieldMapping, overrides: MappingOverrides | undefined): FieldMapping {
  if (!overrides) return base;
  const { fields = [], remove = [], ...top } = overrides;
  const replaced = new Set([...fields.map((f) => f.target), ...remove]);
  return {
    ...base,
    ...top,
    fields: [...base.fields.filter((f) => !replaced.has(f.target)), ...fields],
  };
}
