import { describeStartSentOnce, useRealServers } from "@agent-tasks/test-support";
import { describe } from "vitest";
import {
  ApiConnectionError,
  ApiTimeoutError,
  createSkyvernAdapter,
  createSkyvernClient,
  ServerError,
} from "./index.js";

// A start is a paid run: on a real server (no msw in this file), count what arrives when it may have been received.
useRealServers();

describe("createSkyvernAdapter: start is never sent twice", () => {
  describeStartSentOnce({
    errors: { ServerError, ApiTimeoutError, ApiConnectionError },
    request: { method: "POST", url: "/v1/run/tasks" },
    start: (baseUrl, options) =>
      createSkyvernAdapter(createSkyvernClient({ apiKey: "sk-start-once-key-2f91", baseUrl, ...options })).start({
        prompt: "Open example.com",
      }),
  });
});
