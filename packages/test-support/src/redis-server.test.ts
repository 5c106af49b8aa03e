import { describe, expect, it } from "vitest";
import { startRedisServer } from "./redis-server.js";

describe("startRedisServer", () => {
  it("starts a real redis-server that answers PING, and stop() ends it", async () => {
    const redis = await startRedisServer();
    const { createConnection } = await import("node:net");
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = createConnection({ host: redis.host, port: redis.port });
      socket.once("error", reject);
      socket.once("connect", () => socket.write("PING\r\n"));
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString("utf8"));
      });
    });
    expect(answer).toBe("+PONG\r\n");
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
    await redis.stop();
    const refused = await new Promise<string>((resolve) => {
      const socket = createConnection({ host: redis.host, port: redis.port });
      socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
      socket.once("connect", () => {
        socket.destroy();
        resolve("connected");
      });
    });
    expect(refused).toBe("ECONNREFUSED");
  });
});
