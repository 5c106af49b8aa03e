import { describeStartSentOnce, useRealServers } from "@agent-tasks/test-support";
import { describe } from "vitest";
import { createBrowserActAdapter } from "./create-browseract-adapter.js";
import { createBrowserActClient } from "./create-browseract-client.js";
import { ApiConnectionError, ApiTimeoutError, ServerError } from "./index.js";

// A start is a paid run: on a real server (no msw in this file), count what arrives when it may have been received.
useRealServers();

describe("createBrowserActAdapter: start is never sent twice", () => {
  describeStartSentOnce({
    errors: { ServerError, ApiTimeoutError, ApiConnectionError },
    request: { method: "POST", url: "/v2/workflow/run-task" },
    start: (baseUrl, options) =>
      createBrowserActAdapter(createBrowserActClient({ apiKey: "ba-start-once-key-8e41", baseUrl, ...options })).start({
        workflow_id: "71234567890123456",
      }),
  });
});
