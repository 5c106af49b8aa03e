/**
 * The mock API of `request-overhead.ts`, run in its own process by `forkServer`: answers Hyperbrowser's
 * `GET /api/task/hyper-agent/:id` and Browser Use's `GET /api/v2/tasks/:id` at once with a fixed JSON task,
 * so what differs between contenders is the client side.
 */
import { createServer, type ServerResponse } from "node:http";
import { serveCommands } from "./forked-server.js";
import { benchTaskId, browserUseTaskBody, hyperAgentTaskBody } from "./task-bodies.js";

const HYPERBROWSER_PREFIX = "/api/task/hyper-agent/";
const BROWSER_USE_PREFIX = "/api/v2/tasks/";

// Serialized once: the server's per-request work stays small and the same for every contender.
const hyperbrowserBody = Buffer.from(JSON.stringify(hyperAgentTaskBody(benchTaskId, "running", 3)));
const browserUseBody = Buffer.from(JSON.stringify(browserUseTaskBody));
const missingKeyBody = Buffer.from(JSON.stringify({ message: "missing API key" }));
const notFoundBody = Buffer.from(JSON.stringify({ message: "not found" }));

let requests = 0;
let connections = 0;

function sendJson(response: ServerResponse, status: number, body: Buffer): void {
  response.writeHead(status, { "content-type": "application/json", "content-length": body.length });
  response.end(body);
}

const server = createServer((request, response) => {
  requests++;
  const url = request.url ?? "/";
  if (request.method === "GET" && url.startsWith(HYPERBROWSER_PREFIX)) {
    if (request.headers["x-api-key"] === undefined) sendJson(response, 401, missingKeyBody);
    else sendJson(response, 200, hyperbrowserBody);
  } else if (request.method === "GET" && url.startsWith(BROWSER_USE_PREFIX)) {
    if (request.headers["x-browser-use-api-key"] === undefined) sendJson(response, 401, missingKeyBody);
    else sendJson(response, 200, browserUseBody);
  } else {
    sendJson(response, 404, notFoundBody);
  }
});
// HTTP/1.1 keep-alive is on by default; this keeps idle pooled connections open across pauses between runs.
server.keepAliveTimeout = 120_000;
server.on("connection", () => {
  connections++;
});

await serveCommands(server, {
  /** Requests and TCP connections since the last call, then starts counting again. */
  takeCounts: () => {
    const counts = { requests, connections };
    requests = 0;
    connections = 0;
    return counts;
  },
  bodySizes: () => ({ hyperbrowser: hyperbrowserBody.length, browserUse: browserUseBody.length }),
});
