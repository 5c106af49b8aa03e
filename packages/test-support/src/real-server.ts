import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach } from "vitest";

// Real node:http servers for the tests where sockets matter: a start that must not be sent twice, redirect hops,
// trickled, endless or compressed bodies, hangs, many waits against a slow server. msw never opens a socket.

/** One request as the server received it, body read in full. */
interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** When its headers arrived (`performance.now()`, the clock waits use). */
  at: number;
}

interface RealServer {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  /** Every request received, in arrival order (recorded as its headers arrive; `body` is filled in once read). */
  readonly received: ReceivedRequest[];
  /** Resolves once the first request has arrived. */
  readonly firstArrived: Promise<void>;
}

/** Answers one request, once its body was read; `recorded` is its entry in `received`. */
type Handler = (request: IncomingMessage, response: ServerResponse, recorded: ReceivedRequest) => void | Promise<void>;

const started: { server: Server; sockets: Set<Socket> }[] = [];

/** Closes every server the test started, hanging connections included. Register once per test file. */
export function useRealServers(): void {
  afterEach(async () => {
    await Promise.all(
      started.splice(0).map(
        ({ server, sockets }) =>
          new Promise<void>((resolve) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => resolve());
          }),
      ),
    );
  });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

/** Starts a server on a free port of 127.0.0.1 that records each request and hands it to `handler`. */
export async function startServer(handler: Handler): Promise<RealServer> {
  const received: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  let arrived: () => void = () => {};
  const firstArrived = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const server = createServer(async (request, response) => {
    const { method = "", url = "", headers } = request;
    const recorded: ReceivedRequest = { method, url, headers, body: "", at: performance.now() };
    received.push(recorded);
    arrived();
    try {
      recorded.body = await readBody(request);
      await handler(request, response, recorded);
    } catch {
      response.destroy();
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  started.push({ server, sockets });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
  return { baseUrl: `http://127.0.0.1:${port}`, received, firstArrived };
}

/** A port nothing listens on: bound once by the OS, then closed again. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  const port = await new Promise<number>((resolve) =>
    probe.listen(0, "127.0.0.1", () => resolve((probe.address() as AddressInfo).port)),
  );
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
