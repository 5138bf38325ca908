/**
 * The benchmark's sink for normalizeCsvFile: each worker sums the values (in
 * cents) and counts the conversions it normalized, so the parallel run can be
 * checked against the single-threaded one.
 */
interface Result {
  conversions: { value: number }[];
}

export default function createSink() {
  let cents = 0;
  let count = 0;
  return {
    write(result: Result) {
      for (const c of result.conversions) cents += Math.round(c.value * 100);
      count += result.conversions.length;
    },
    close() {
      return { cents, count };
    },
  };
}
