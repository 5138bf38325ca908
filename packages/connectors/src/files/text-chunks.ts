import { createReadStream } from 'node:fs';
import { ConnectorError } from '../shared/errors.js';

// Read size: large enough that syscalls do not dominate, small enough to keep memory flat.
const CHUNK_BYTES = 1 << 20;

/** UTF-8 text of a file (streamed) or of in-memory data, byte-order mark removed. */
export async function* textChunks(
  source: { path?: string | undefined; data?: string | Uint8Array | undefined },
  signal?: AbortSignal,
): AsyncGenerator<string> {
  if (source.data !== undefined) {
    const data = source.data;
    if (typeof data === 'string') yield data.charCodeAt(0) === 0xfeff ? data.slice(1) : data;
    else yield new TextDecoder('utf-8').decode(data);
    return;
  }
  const decoder = new TextDecoder('utf-8'); // removes a leading BOM
  try {
    for await (const chunk of createReadStream(source.path as string, {
      highWaterMark: CHUNK_BYTES,
      signal,
    })) {
      yield decoder.decode(chunk as Uint8Array, { stream: true });
    }
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ConnectorError({
      code: 'INVALID_FILE',
      message: `Cannot read ${source.path}: ${(cause as Error).message}. Check the path and permissions.`,
      cause,
    });
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}
