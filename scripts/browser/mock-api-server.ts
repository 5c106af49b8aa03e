import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type SecurityScheme, securityHeaderName } from "@agent-tasks/core/internal";
import type { MockHit, MockReply } from "./case-types.js";
import { listenOnLoopback } from "./listen.js";

/** One case's slice of the mock API: everything under `/<prefix>/`. */
export interface MockCase {
  prefix: string;
  /** The provider's security scheme: its header is the only one the CORS preflight allows. */
  security: SecurityScheme;
  replies: MockReply[];
}

export interface RunningMockApi {
  /** Where the clients' `baseUrl`s point: the provider APIs. */
  apiOrigin: string;
  /** A second origin that redirects lead to; it accepts any header, so a leaked key would arrive and be recorded. */
  otherOrigin: string;
  hitsOf(prefix: string): MockHit[];
  close(): Promise<void>;
}

/** Response headers a browser only shows to page code when CORS exposes them. */
const EXPOSED_HEADERS = "x-request-id, retry-after, retry-after-ms";

type Origin = MockHit["origin"];

function requestedHeaders(request: IncomingMessage): string[] {
  const list = request.headers["access-control-request-headers"] ?? "";
  return list
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
}

/** Why the API origin refuses this preflight, or `null` when it allows it. */
function preflightRefusal(request: IncomingMessage, pageOrigin: string, allowedHeader: string): string | null {
  if (request.headers.origin !== pageOrigin) return `origin ${request.headers.origin ?? "(none)"} is not the page's`;
  const method = request.headers["access-control-request-method"];
  if (method !== "GET") return `method ${method ?? "(none)"} is not GET`;
  const extra = requestedHeaders(request).filter((name) => name !== allowedHeader.toLowerCase());
  return extra.length === 0 ? null : `headers ${extra.join(", ")} are not the provider's auth header`;
}

function writeReply(response: ServerResponse, reply: MockReply, location: string | null, cors: Record<string, string>) {
  const headers: Record<string, string> = { ...cors, ...reply.headers };
  let body = "";
  if (reply.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(reply.json);
  } else if (reply.text !== undefined) {
    headers["content-type"] = reply.contentType ?? "text/plain";
    body = reply.text;
  }
  if (location !== null) headers.location = location;
  response.writeHead(reply.status ?? (location === null ? 200 : 302), headers);
  response.end(body);
}

/** Answers a CORS preflight to the API's origin; returns why it was refused, if it was. */
function answerPreflight(
  request: IncomingMessage,
  response: ServerResponse,
  pageOrigin: string,
  allowedHeader: string,
): string | undefined {
  const refusal = preflightRefusal(request, pageOrigin, allowedHeader);
  if (refusal !== null) {
    // No CORS headers: the browser fails the request, as it would against a real API that refuses.
    writeReply(response, { status: 403, text: refusal }, null, {});
    return refusal;
  }
  writeReply(response, { status: 204 }, null, {
    "access-control-allow-origin": pageOrigin,
    "access-control-allow-methods": "GET",
    "access-control-allow-headers": allowedHeader,
    "access-control-max-age": "0",
  });
  return undefined;
}

/** Answers a request the way the case's script says: a reply, a stall, or a dropped connection. */
function answerScripted(
  request: IncomingMessage,
  response: ServerResponse,
  reply: MockReply,
  location: string | null,
  cors: Record<string, string>,
): void {
  if (reply.hang === "before-headers") return;
  if (reply.hang === "during-body") {
    response.writeHead(200, { ...cors, "content-type": "application/json" });
    response.write('{"status": "runn');
    return;
  }
  if (reply.drop) {
    request.socket.destroy();
    return;
  }
  writeReply(response, reply, location, cors);
}

/**
 * The provider APIs on one origin, with real CORS: a preflight passes only from the page's origin, for GET,
 * with no header but the provider's auth header; responses expose `x-request-id` and the retry headers.
 * Each case gets its own prefix, its scripted replies and its record of requests, so cases run side by side.
 */
export async function startMockApi(pageOrigin: string, cases: MockCase[]): Promise<RunningMockApi> {
  const casesByPrefix = new Map(cases.map((mockCase) => [mockCase.prefix, mockCase]));
  const hitsByPrefix = new Map<string, MockHit[]>(cases.map((mockCase) => [mockCase.prefix, []]));
  const origins: Partial<Record<Origin, string>> = {};

  const handle = (origin: Origin) => (request: IncomingMessage, response: ServerResponse) => {
    // A fresh connection per request: on a reused one, Chromium resends a request whose connection closed
    // without an answer by itself, and a `drop` would never reach the client.
    response.shouldKeepAlive = false;
    const url = new URL(request.url ?? "/", "http://mock");
    const [, prefix = "", ...rest] = url.pathname.split("/");
    const corsFromPage: Record<string, string> =
      request.headers.origin === pageOrigin
        ? {
            "access-control-allow-origin": pageOrigin,
            "access-control-expose-headers": EXPOSED_HEADERS,
            vary: "Origin",
          }
        : {};
    if (origin === "api-origin" && prefix === "__hits" && request.method === "GET") {
      writeReply(response, { json: hitsByPrefix.get(rest.join("/")) ?? [] }, null, corsFromPage);
      return;
    }
    const mockCase = casesByPrefix.get(prefix);
    const hits = hitsByPrefix.get(prefix);
    if (mockCase === undefined || hits === undefined) {
      writeReply(response, { status: 404, text: `no case ${prefix}` }, null, {});
      return;
    }
    const hit: MockHit = {
      origin,
      method: request.method ?? "",
      path: `/${rest.join("/")}${url.search}`,
      headers: Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(", ") : (value ?? ""),
        ]),
      ),
      atMs: performance.now(),
    };
    const answered = hits.filter((seen) => seen.origin === "api-origin" && seen.method !== "OPTIONS").length;
    hits.push(hit);

    if (origin === "other-origin") {
      // Anything goes here, so a client that carried the key across would succeed in sending it.
      const allowAll = {
        "access-control-allow-origin": request.headers.origin ?? "*",
        "access-control-allow-headers": request.headers["access-control-request-headers"] ?? "*",
        "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE",
      };
      writeReply(response, request.method === "OPTIONS" ? { status: 204 } : { json: {} }, null, allowAll);
      return;
    }
    if (request.method === "OPTIONS") {
      hit.refused = answerPreflight(request, response, pageOrigin, securityHeaderName(mockCase.security));
      return;
    }
    const reply = mockCase.replies[Math.min(answered, mockCase.replies.length - 1)] ?? { status: 500 };
    const target = reply.redirectTo === undefined ? undefined : origins[reply.redirectTo];
    const location = target === undefined ? null : `${target}${url.pathname}${url.search}`;
    answerScripted(request, response, reply, location, corsFromPage);
  };

  const api = await listenOnLoopback(createServer(handle("api-origin")));
  const other = await listenOnLoopback(createServer(handle("other-origin")));
  origins["api-origin"] = api.origin;
  origins["other-origin"] = other.origin;
  return {
    apiOrigin: api.origin,
    otherOrigin: other.origin,
    hitsOf: (prefix) => hitsByPrefix.get(prefix) ?? [],
    close: async () => {
      await Promise.all([api.close(), other.close()]);
    },
  };
}
