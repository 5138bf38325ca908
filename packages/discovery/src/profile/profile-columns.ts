import { DiscoveryError } from '../errors.js';
import type { ColumnProfile, ProfileOptions } from './column-profile.js';
import { ColumnsProfiler, type ProfileRow } from './columns-profiler.js';

/**
 * Profiles records column by column in one pass and bounded memory: types and
 * their distribution, null and blank shares, distinct counts, length and
 * numeric statistics, top values, a reservoir sample and the value patterns
 * found in it. Reads at most `maxRows` rows (default 100,000).
 *
 * @param rows records keyed by column name, sync or async (a stream of a large file).
 */
export async function profileColumns(
  rows: Iterable<ProfileRow> | AsyncIterable<ProfileRow>,
  options: ProfileOptions = {},
): Promise<ColumnProfile[]> {
  const profiler = new ColumnsProfiler(options);
  if (rows !== null && typeof rows === 'object' && Symbol.iterator in rows) {
    for (const row of rows as Iterable<ProfileRow>) {
      if (profiler.full) break;
      profiler.addRow(row);
    }
  } else if (rows !== null && typeof rows === 'object' && Symbol.asyncIterator in rows) {
    for await (const row of rows as AsyncIterable<ProfileRow>) {
      if (profiler.full) break;
      profiler.addRow(row);
    }
  } else {
    throw new DiscoveryError({
      code: 'INVALID_INPUT',
      message: `profileColumns needs an array or (async) iterable of records; got ${rows === null ? 'null' : typeof rows}.`,
    });
  }
  return profiler.finish();
}
