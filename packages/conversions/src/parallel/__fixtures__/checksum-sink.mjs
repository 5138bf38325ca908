// A NormalizeSink for tests: sums values (in cents) and counts ids, per worker.
export default function createSink(options) {
  let cents = 0;
  let count = 0;
  const ids = [];
  return {
    write(result) {
      for (const c of result.conversions) {
        cents += Math.round(c.value * 100);
        count++;
        if (options?.keepIds) ids.push(c.conversionId);
      }
    },
    close() {
      return { cents, count, ids };
    },
  };
}
