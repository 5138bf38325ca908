export interface ReadmeExample {
  /** 1-based line of the opening fence in the README. */
  line: number;
  code: string;
  /** Expected console output, one entry per `// → value` comment, in order. */
  expected: string[];
}

const FENCE_OPEN = /^```(ts|typescript)\s*$/;
const EXPECTATION = /\/\/\s*→\s?(.*)$/;

/** The ```ts blocks of a markdown file; blocks fenced as ```ts no-run are skipped. */
export function extractExamples(markdown: string): ReadmeExample[] {
  const lines = markdown.split('\n');
  const examples: ReadmeExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE_OPEN.test(lines[i]!)) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
    const expected = body.flatMap((l) => {
      const m = EXPECTATION.exec(l);
      return m ? [m[1]!.trim()] : [];
    });
    examples.push({ line: start + 1, code: body.join('\n'), expected });
  }
  return examples;
}
