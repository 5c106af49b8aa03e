// Shapes shared by the Node side (mock API, runner) and the page. No Node or DOM APIs here.
import type { ProviderClientOptions } from "@agent-tasks/core";
import type { AgentTaskSource } from "@agent-tasks/normalize";

/** One answer of the mock API. */
export interface MockReply {
  status?: number;
  /** Sent as `application/json`. */
  json?: unknown;
  /** Sent as it is, with `contentType`. */
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Stops before the headers, or after the headers and part of a JSON body; the connection stays open. */
  hang?: "before-headers" | "during-body";
  /** Closes the connection without answering. */
  drop?: true;
  /** Answers `status` (default 302) with a `Location` on the same path of that origin. */
  redirectTo?: "api-origin" | "other-origin";
}

/** One request as it reached a mock origin. */
export interface MockHit {
  origin: "api-origin" | "other-origin";
  method: string;
  /** Path and query below the case's prefix, e.g. `/api/task/hyper-agent/job-1`. */
  path: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** When it arrived, in milliseconds on the mock's clock. */
  atMs: number;
  /** Why the mock refused a CORS preflight, if it did. */
  refused?: string;
}

/** What a case may use in the page. */
export interface CaseContext {
  /** The key every client in the page is given. */
  apiKey: string;
  /**
   * Options for a client of this case: the key, a `baseUrl` made of the mock's origin, the case's prefix and
   * the spec server's path, and an `onRequestEvent` hook that logs every event to the console (checked for the key).
   */
  clientOptions(specServerUrl: string): ProviderClientOptions;
  /** Every request this case's prefix received so far, on both origins, preflights included. */
  hits(): Promise<MockHit[]>;
  /** The reason `promise` rejects with (fails when it resolves); kept for the key-leak check at the end. */
  rejectionOf(promise: Promise<unknown>): Promise<unknown>;
}

/** One named test that runs in the page against its own slice of the mock API. */
export interface BrowserCase {
  name: string;
  /** Whose auth header the mock's CORS preflight allows for this case (exactly that one header). */
  provider: AgentTaskSource;
  /** What the mock API answers, request after request; the last one repeats. Preflights are answered apart. */
  replies: MockReply[];
  /**
   * Console errors the browser itself prints for this case's requests, e.g. "status of 404" for every
   * HTTP error. Any other console error fails the run.
   */
  expectedConsoleErrors?: RegExp[];
  /** Asserts, throwing on failure; may return a detail line for the results table. */
  run(context: CaseContext): Promise<string | undefined>;
}

/** One row of the results table. */
export interface CaseResult {
  name: string;
  passed: boolean;
  durationMs: number;
  detail: string;
}

/** The path prefix of the case at `index` in the case list, on the mock API. */
export function casePrefix(index: number): string {
  return `case-${index + 1}`;
}
