import { describeStartSentOnce, useRealServers } from "@agent-tasks/test-support";
import { describe } from "vitest";
import {
  ApiConnectionError,
  ApiTimeoutError,
  createBrowserUseV4Adapter,
  createBrowserUseV4Client,
  ServerError,
} from "./index.js";

// A start is a paid run: on a real server (no msw in this file), count what arrives when it may have been received.
useRealServers();

describe("createBrowserUseV4Adapter: start is never sent twice", () => {
  describeStartSentOnce({
    errors: { ServerError, ApiTimeoutError, ApiConnectionError },
    request: { method: "POST", url: "/runs" },
    start: (baseUrl, options) =>
      createBrowserUseV4Adapter(
        createBrowserUseV4Client({ apiKey: "bu-v4-start-once-key-8e3a", baseUrl, ...options }),
      ).start({ task: "Open example.com" }),
  });
});
