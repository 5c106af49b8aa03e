/**
 * `@agent-tasks/core/internal`: the runtime the @agent-tasks provider packages and `@agent-tasks/normalize`
 * build on. For @agent-tasks packages only: no semver promise, anything here may change in any release.
 * Users import from a provider package (or `@agent-tasks/core`), never from here.
 */
export { abortableSleep, MAX_TIMER_DELAY_MS, untilAborted, whenAborted } from "./abortable-sleep.js";
export type { ProviderDescriptor } from "./client-options.js";
export { ConcurrencyLimiter, type ReleaseSlot } from "./concurrency-limiter.js";
export { defineClientFactory } from "./create-provider-client.js";
export { isPlainContainer, redactSecret } from "./redact.js";
export { hasErrorCode } from "./retry-policy.js";
export { type SecurityScheme, securityHeaderName, securityHeaderValue } from "./security-scheme.js";
export { isPastDeadline, setSignalDeadline, signalDeadline } from "./signal-deadline.js";
export { requireTaskId } from "./task-fetcher.js";
