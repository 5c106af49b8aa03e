import { describeStartSentOnce, useRealServers } from "@agent-tasks/test-support";
import { describe } from "vitest";
import { createBrowserUseAdapter } from "./create-browser-use-adapter.js";
import { createBrowserUseClient } from "./create-browser-use-client.js";
import { ApiConnectionError, ApiTimeoutError, ServerError } from "./index.js";

// A start is a paid run: on a real server (no msw in this file), count what arrives when it may have been received.
useRealServers();

describe("createBrowserUseAdapter: start is never sent twice", () => {
  describeStartSentOnce({
    errors: { ServerError, ApiTimeoutError, ApiConnectionError },
    request: { method: "POST", url: "/tasks" },
    start: (baseUrl, options) =>
      createBrowserUseAdapter(createBrowserUseClient({ apiKey: "bu-start-once-key-5f07", baseUrl, ...options })).start({
        task: "Open example.com",
      }),
  });
});
