/**
 * A scripted fetch for unit tests of the HTTP layer: each call takes the
 * next step (a Response, an Error to throw, or a function of the request),
 * and every request is kept with its body read.
 */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
}

export type Step = Response | Error | ((request: Request) => Response | Error | Promise<Response | Error>);

export function json(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

export function scriptedFetch(steps: Step[]) {
  const seen: SeenRequest[] = [];
  let at = 0;
  const fetch = async (input: Request | URL | string, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    seen.push({
      method: request.method,
      url: new URL(request.url),
      headers: Object.fromEntries(request.headers),
      body: request.body ? await request.clone().text() : '',
    });
    const step = steps[Math.min(at++, steps.length - 1)];
    if (step === undefined) throw new Error('no scripted step');
    const outcome = typeof step === 'function' ? await step(request) : step;
    if (outcome instanceof Error) throw outcome;
    return outcome.clone();
  };
  return { fetch, seen };
}

/** A clock whose sleeps advance time instantly and are recorded. */
export function fakeClock(start = 0) {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}
