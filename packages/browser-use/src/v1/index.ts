/**
 * `@agent-tasks/browser-use/v1`: the legacy Browser Use API v1.
 *
 * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
 * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from v1; use
 * Cloud API v2 (`@agent-tasks/browser-use`) for new tasks. Nothing new is added here.
 * @packageDocumentation
 */
export * from "@agent-tasks/core";
export type {
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  components,
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  operations,
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  paths,
} from "../generated/browser-use-v1.js";
export {
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  browserUseV1Spec,
} from "../generated/browser-use-v1-spec.js";
export {
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  type BrowserUseV1Client,
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  type BrowserUseV1ClientOptions,
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  createBrowserUseV1Client,
} from "./create-browser-use-v1-client.js";
export {
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  type BrowserUseV1TaskFetcher,
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  createBrowserUseV1TaskFetcher,
} from "./create-browser-use-v1-task-fetcher.js";
export type {
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  BrowserUseV1Task,
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  BrowserUseV1TaskStatus,
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  BrowserUseV1TaskStep,
  /**
   * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
   * (browser-use/browser-use pull request 5578). The get-task client stays for tasks people stored from
   * v1; use Cloud API v2 (`@agent-tasks/browser-use`) for new tasks.
   */
  BrowserUseV1ValidationError,
} from "./task-types.js";
