import { rejectionOf, startServer, useRealServers } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { createFakeClient } from "./__fixtures__/fake-client.js";
import { InvalidPathParameterError } from "./errors.js";

useRealServers();

// Defect 15b against a real node:http server: values that escape their segment on a server decoding twice never
// leave the client, and ordinary ids arrive as exactly one segment.

const rejected = [
  "%2e%2e%2f",
  "..;",
  "..\\",
  "..%00",
  "%2e%2e%5c",
  ".%2e",
  "..%2f",
  "a/b",
  "abc%00",
  "%252e%252e%252f",
];
const accepted = ["550e8400-e29b-41d4-a716-446655440000", "a.b", "...", "task 42", "100%", "a;b", "%41bc"];

describe("the path guard against a real server (defect 15b)", () => {
  it("sends none of the escaping values, and each accepted id as one segment that decodes back to it", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"id":"ok"}');
    });
    const client = createFakeClient({ baseUrl: server.baseUrl });
    const get = (id: string) => client.GET("/things/{id}", { params: { path: { id } } });

    for (const id of rejected) {
      const error = await rejectionOf(get(id));
      expect(error, id).toBeInstanceOf(InvalidPathParameterError);
      expect((error as Error).message, id).toMatch(
        /^Invalid path parameter "id" for \/things\/\{id\}: .+\. Nothing was sent\.$/,
      );
    }
    expect(server.received).toEqual([]);

    for (const id of accepted) await get(id);
    const segments = server.received.map(({ url }) => url.split("/").slice(1));
    expect(segments).toEqual(accepted.map((id) => ["things", encodeURIComponent(id)]));
    expect(segments.map(([, segment]) => decodeURIComponent(segment ?? ""))).toEqual(accepted);
  });
});
