import { describeStartSentOnce, useRealServers } from "@agent-tasks/test-support";
import { describe } from "vitest";
import { createHyperbrowserAdapter } from "./create-hyperbrowser-adapter.js";
import { createHyperbrowserClient } from "./create-hyperbrowser-client.js";
import { ApiConnectionError, ApiTimeoutError, ServerError } from "./index.js";

// A start is a paid run: on a real server (no msw in this file), count what arrives when it may have been received.
useRealServers();

describe("createHyperbrowserAdapter: start is never sent twice (hyper-agent)", () => {
  describeStartSentOnce({
    errors: { ServerError, ApiTimeoutError, ApiConnectionError },
    request: { method: "POST", url: "/api/task/hyper-agent" },
    start: (baseUrl, options) =>
      createHyperbrowserAdapter(
        createHyperbrowserClient({ apiKey: "hb-start-once-key-31a8", baseUrl, ...options }),
      ).start({
        task: "Open example.com",
      }),
  });
});

describe("createHyperbrowserAdapter: start is never sent twice (cua)", () => {
  describeStartSentOnce({
    errors: { ServerError, ApiTimeoutError, ApiConnectionError },
    request: { method: "POST", url: "/api/task/cua" },
    start: (baseUrl, options) =>
      createHyperbrowserAdapter(createHyperbrowserClient({ apiKey: "hb-start-once-key-31a8", baseUrl, ...options }), {
        agent: "cua",
      }).start({ task: "Open example.com", useComputerAction: true }),
  });
});
