import { type SystemInfo, SystemRegistry } from './system-registry.js';
import { builtInSystems } from './vendors/index.js';

/** Every built-in system layout: vendor API streams and file exports. */
export const systems = new SystemRegistry(builtInSystems);

/** The built-in systems with their kind, source category, docs and refund treatment. */
export function listSystems(): SystemInfo[] {
  return systems.list();
}
