import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { type Dispatch, type HttpTransport, type MutableRecord, stalledPart } from "./transport.js";

interface SocketMark {
  read: number;
  written: number;
}

function headersOf(incoming: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/** @internal Serves `simulation` on 127.0.0.1:`port` (0: any free port). */
export async function serveOverHttp(dispatch: Dispatch, port: number): Promise<HttpTransport> {
  const marks = new WeakMap<Socket, SocketMark>();
  const sockets = new Set<Socket>();
  let connectionsOpened = 0;

  /** Counts this request's bytes on its socket since the previous request on it ended. */
  const settleBytes = (record: MutableRecord, socket: Socket) => {
    const mark = marks.get(socket) ?? { read: 0, written: 0 };
    record.bytesIn = socket.bytesRead - mark.read;
    record.bytesOut = socket.bytesWritten - mark.written;
    marks.set(socket, { read: socket.bytesRead, written: socket.bytesWritten });
  };

  const handle = async (incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const host = incoming.headers.host ?? "127.0.0.1";
    const { record, outcome } = await dispatch(
      {
        method: incoming.method ?? "GET",
        url: new URL(incoming.url ?? "/", `http://${host}`),
        headers: headersOf(incoming),
        body: Buffer.concat(chunks).toString("utf8"),
      },
      "http",
    );
    const socket = incoming.socket;
    switch (outcome.kind) {
      case "answer":
        response.on("finish", () => settleBytes(record, socket));
        response.writeHead(outcome.status, {
          ...outcome.headers,
          "content-length": String(Buffer.byteLength(outcome.body)),
        });
        response.end(outcome.body);
        return;
      case "drop":
        settleBytes(record, socket);
        socket.destroy();
        return;
      case "hang":
        if (outcome.partial !== undefined) {
          const { status, headers, body } = outcome.partial;
          response.writeHead(status, { ...headers, "content-length": String(Buffer.byteLength(body)) });
          response.write(stalledPart(body));
        }
        // A client that gives up (times out, aborts) closes its socket: forget the hang then.
        if (socket.destroyed) outcome.release();
        else socket.once("close", outcome.release);
        await outcome.released;
        socket.off("close", outcome.release);
        settleBytes(record, socket);
        socket.destroy();
        return;
    }
  };

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { "content-type": "text/plain" });
        response.end(`simulation error: ${error instanceof Error ? error.stack : String(error)}`);
      }
    });
  });
  server.on("connection", (socket) => {
    connectionsOpened += 1;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    get connectionsOpened() {
      return connectionsOpened;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
