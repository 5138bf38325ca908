import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Fault, FaultInjector } from './faults.js';

/** A request as the sandbox received it; tests assert on these. */
export interface SandboxRequest {
  method: string;
  /** Path without the query. */
  path: string;
  /** Query parameters; a repeated parameter is an array. */
  query: Record<string, string | string[]>;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Parsed JSON body, the raw text when not JSON, undefined when empty. */
  body: unknown;
  /** Date.now() on arrival. */
  at: number;
}

export interface SandboxReply {
  status?: number | undefined;
  headers?: Record<string, string> | undefined;
  /** Serialised with JSON.stringify. */
  json?: unknown;
  /** Sent as is. */
  text?: string | undefined;
  /** Sent as is, part after part: pre-serialised JSON, the fast path for large pages (see jsonPage). */
  bytes?: Uint8Array | readonly Uint8Array[] | undefined;
}

export type RouteHandler = (
  request: SandboxRequest,
  params: Record<string, string>,
) => SandboxReply | Promise<SandboxReply>;

export interface SandboxRoute {
  method: 'GET' | 'POST';
  /** `/v2/payments`, or with parameters: `/v2/payments/:id`. */
  path: string;
  handler: RouteHandler;
  /** Whether `authorize` runs first (default true; false for token endpoints). */
  auth?: boolean | undefined;
}

/** Vendor-shaped replies for the faults and the router. */
export interface SandboxErrorReplies {
  rateLimit(): SandboxReply;
  unauthorized(): SandboxReply;
  serverError(status: number): SandboxReply;
  notFound(path: string): SandboxReply;
}

export interface SandboxServerOptions {
  /** Vendor id, for messages. */
  vendor: string;
  routes: readonly SandboxRoute[];
  /** null when the request is authorised; otherwise the (401) reply. */
  authorize?: ((request: SandboxRequest) => SandboxReply | null) | undefined;
  errors?: Partial<SandboxErrorReplies> | undefined;
  /** Delay before every response, in ms (default 0). */
  latencyMs?: number | undefined;
  /** Keep every request for assertions (default true; benchmarks turn it off). */
  recordRequests?: boolean | undefined;
  /** Seed of probabilistic faults. */
  seed?: number | undefined;
  /** Port on 127.0.0.1 (default 0: any free port). */
  port?: number | undefined;
}

export interface SandboxServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly requests: SandboxRequest[];
  readonly faults: FaultInjector;
  clearRequests(): void;
  close(): Promise<void>;
}

const defaultErrors: SandboxErrorReplies = {
  rateLimit: () => ({ status: 429, json: { error: 'rate limited' } }),
  unauthorized: () => ({ status: 401, json: { error: 'unauthorized' } }),
  serverError: (status) => ({ status, json: { error: 'internal error' } }),
  notFound: (path) => ({ status: 404, json: { error: `no route ${path}` } }),
};

const HTML_ERROR_PAGE =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';

interface CompiledRoute extends SandboxRoute {
  pattern: RegExp;
  names: string[];
}

function compile(route: SandboxRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((part) => {
      if (part.startsWith(':')) {
        names.push(part.slice(1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { ...route, pattern: new RegExp(`^${source}$`), names };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function bodyOf(reply: SandboxReply): readonly Uint8Array[] {
  if (reply.bytes !== undefined) return reply.bytes instanceof Uint8Array ? [reply.bytes] : reply.bytes;
  return [Buffer.from(reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json)))];
}

/** Writes a reply; `truncateTo` cuts the body (-1: in half) and sends a matching Content-Length. */
function send(res: ServerResponse, reply: SandboxReply, truncateTo?: number): void {
  let parts = bodyOf(reply);
  let length = parts.reduce((n, p) => n + p.length, 0);
  if (truncateTo !== undefined) {
    const whole = Buffer.concat(parts);
    length = truncateTo === -1 ? Math.floor(length / 2) : Math.min(truncateTo, length);
    parts = [whole.subarray(0, length)];
  }
  res.writeHead(reply.status ?? 200, {
    'content-type': 'application/json',
    'content-length': String(length),
    ...reply.headers,
  });
  res.cork();
  for (const part of parts) res.write(part);
  res.uncork();
  res.end();
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * A tiny vendor sandbox: a real node:http server on 127.0.0.1 with routes,
 * an auth check, request recording and fault injection. Vendor sandboxes
 * (square-sandbox.ts, …) are built on it; see ../shared/README.md.
 */
export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const routes = options.routes.map(compile);
  const errors: SandboxErrorReplies = { ...defaultErrors, ...options.errors };
  const faults = new FaultInjector(options.seed ?? 1);
  const requests: SandboxRequest[] = [];
  const record = options.recordRequests ?? true;
  const latency = options.latencyMs ?? 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const query: Record<string, string | string[]> = {};
    for (const [k, v] of url.searchParams) {
      const prior = query[k];
      query[k] = prior === undefined ? v : Array.isArray(prior) ? [...prior, v] : [prior, v];
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    const text = req.method === 'GET' ? '' : await readBody(req);
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const method = req.method ?? 'GET';
    const request: SandboxRequest = { method, path: url.pathname, query, headers, body, at: Date.now() };
    if (record) requests.push(request);

    if (latency > 0) await sleep(latency);
    const fault: Fault | null = faults.take(method, url.pathname);
    let truncateTo: number | undefined;
    if (fault) {
      switch (fault.kind) {
        case 'rate-limit': {
          const reply = errors.rateLimit();
          const retryAfter: Record<string, string> =
            fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
          return send(res, { ...reply, headers: { ...reply.headers, ...retryAfter } });
        }
        case 'unauthorized':
          return send(res, errors.unauthorized());
        case 'server-error':
          return send(res, errors.serverError(fault.status ?? 500));
        case 'malformed':
          return send(res, { status: 200, headers: { 'content-type': 'text/html' }, text: HTML_ERROR_PAGE });
        case 'disconnect':
          req.socket.destroy();
          return;
        case 'status':
          return send(res, { status: fault.status, json: fault.json, headers: fault.headers });
        case 'slow':
          await sleep(fault.delayMs);
          break;
        case 'truncated':
          truncateTo = fault.keepBytes ?? -1;
          break;
      }
    }

    for (const route of routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      if (route.auth !== false && options.authorize) {
        const denied = options.authorize(request);
        if (denied) return send(res, denied);
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(match[i + 1] ?? '');
      });
      return send(res, await route.handler(request, params), truncateTo);
    }
    return send(res, errors.notFound(url.pathname));
  };

  const server = createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, json: { error: String((error as Error).message) } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    clearRequests: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
