import { describeStartSentOnce, useRealServers } from "@agent-tasks/test-support";
import { describe } from "vitest";
import { createDariAdapter } from "./create-dari-adapter.js";
import { createDariClient } from "./create-dari-client.js";
import { ApiConnectionError, ApiTimeoutError, ServerError } from "./index.js";

// A start is a paid run: on a real server (no msw in this file), count what arrives when it may have been received.
useRealServers();

describe("createDariAdapter: start is never sent twice", () => {
  describeStartSentOnce({
    errors: { ServerError, ApiTimeoutError, ApiConnectionError },
    request: { method: "POST", url: "/jobs/my-org/contact_form/start" },
    start: (baseUrl, options) =>
      createDariAdapter(createDariClient({ apiKey: "dari-start-once-key-0c5d", baseUrl, ...options }), {
        orgId: "my-org",
        endpointName: "contact_form",
      }).start({ form_data: { name: "Ada Lovelace" } }),
  });
});
