import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { SecurityScheme } from "@agent-tasks/core/internal";

/** One provider mounted on the mock server under `/<prefix>`. */
export interface MockProvider {
  prefix: string;
  security: SecurityScheme;
  /** Each task by the path and query below the prefix that asks for it (`getTaskRequestPath`). */
  tasks: Map<string, unknown>;
}

export interface RunningMockServer {
  origin: string;
  /** Requests served, for the demo's own summary. */
  requests: Array<{ method: string; path: string; status: number }>;
  close: () => Promise<void>;
}

function hasCredential(request: IncomingMessage, security: SecurityScheme): boolean {
  if (security.type === "apiKey") return typeof request.headers[security.name.toLowerCase()] === "string";
  return /^Bearer \S+$/.test(request.headers.authorization ?? "");
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(body === undefined ? "" : JSON.stringify(body));
}

/** Serves each provider's tasks on 127.0.0.1, checking that the credential arrives the way the spec says. */
export async function startMockServer(providers: MockProvider[]): Promise<RunningMockServer> {
  const requests: RunningMockServer["requests"] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const provider = providers.find((candidate) => url.pathname.startsWith(`/${candidate.prefix}/`));
    let status = 404;
    if (provider === undefined || request.method !== "GET") {
      send(response, status, undefined);
    } else if (!hasCredential(request, provider.security)) {
      status = 401;
      send(response, status, undefined);
    } else {
      const task = provider.tasks.get(`${url.pathname.slice(provider.prefix.length + 1)}${url.search}`);
      status = task === undefined ? 404 : 200;
      send(response, status, task);
    }
    requests.push({ method: request.method ?? "", path: `${url.pathname}${url.search}`, status });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
