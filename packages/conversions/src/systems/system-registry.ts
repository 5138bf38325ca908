import { GrowthNavError } from '../errors.js';
import type { FieldMapping } from '../mapping/field-mapping.js';
import type { ConversionSource } from '../schema/conversion-schema.js';

/** A registered source layout: a vendor API stream or a file export, with its default mapping. */
export interface SystemDefinition {
  /** `<vendor>.<stream>` for APIs, `<vendor>-csv.<export>` for file exports. */
  id: string;
  vendor: string;
  /** Human name, e.g. "Square payments (API)". */
  name: string;
  source: ConversionSource;
  kind: 'api' | 'file';
  mapping: FieldMapping;
  /** How refunds, voids and cancellations from this system are treated. */
  refundTreatment: string;
  /** Vendor documentation the mapping follows. */
  docs: string;
}

/** Metadata of a system, as listSystems reports it. */
export type SystemInfo = Omit<SystemDefinition, 'mapping'>;

export class SystemRegistry {
  readonly #systems = new Map<string, SystemDefinition>();

  constructor(definitions: readonly SystemDefinition[] = []) {
    for (const definition of definitions) this.register(definition);
  }

  register(definition: SystemDefinition): void {
    if (definition.mapping.system !== definition.id) {
      throw new GrowthNavError({
        code: 'INVALID_MAPPING',
        message: `System "${definition.id}" has a mapping for "${definition.mapping.system}"; they must match.`,
      });
    }
    this.#systems.set(definition.id, definition);
  }

  get(id: string): SystemDefinition {
    const found = this.#systems.get(id);
    if (!found) {
      throw new GrowthNavError({
        code: 'UNKNOWN_SYSTEM',
        message: `Unknown system "${id}". Available: ${[...this.#systems.keys()].sort().join(', ')}. Or pass a FieldMapping.`,
      });
    }
    return found;
  }

  list(): SystemInfo[] {
    return [...this.#systems.values()]
      .map(({ mapping: _mapping, ...info }) => info)
      .sort((a, b) => a.id.localeCompare(b.id));
  }
}
