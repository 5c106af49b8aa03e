import {
  ApiError,
  InvalidClientOptionError,
  InvalidTaskRefError,
  type StartedTask,
  type TaskAdapter,
  type TaskCallOptions,
  type TaskPauseOperation,
  unwrap,
} from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { DariClient } from "./create-dari-client.js";
import type { DariTaskRef } from "./create-dari-task-fetcher.js";
import type { components } from "./generated/dari.js";
import type { DariTask } from "./task-types.js";

/** The body of `POST /jobs/{org_id}/{endpoint_name}/start`: `form_data` (or `document_bundle_id`) and the run's settings. */
export type DariStartJobRequest = components["schemas"]["StartJobRequest"];
/** What the start request answers: the new job's `job_id`. */
export type DariStartJobResponse = components["schemas"]["StartJobResponse"];

/** The portal an adapter starts jobs on: Dari's start path names the organization and the portal endpoint. */
export interface DariAdapterOptions {
  /** Organization ID (`org_id`). */
  orgId: string;
  /** Portal endpoint name (`endpoint_name`). */
  endpointName: string;
}

/** An answer to a question the agent asked in a human-in-the-loop job (its `question` event's `data.question_id`). */
export interface DariAnswer {
  /** The question's id, from the question event's `data.question_id`. */
  questionId: string;
  /** The answer text: one of the question's options, or free text. */
  answer: string;
}

/**
 * A Dari task adapter bound to one portal: `start`, `get`, `pause`, and `answer` for human-in-the-loop questions.
 * Dari has no separate status read, no stop and no job list, so the adapter has none of them. Refs are
 * `{ orgId, endpointName, jobId }`, as the task fetcher takes.
 */
export interface DariAdapter
  extends TaskAdapter<"dari", DariTaskRef, DariTask, DariStartJobRequest>,
    TaskPauseOperation<DariTaskRef> {
  /** The portal the adapter starts jobs on. */
  readonly orgId: string;
  readonly endpointName: string;
  /** `POST /jobs/{org_id}/{endpoint_name}/start` on the adapter's portal: resolves the new job's ref. Sent once. */
  start(input: DariStartJobRequest, options?: TaskCallOptions): Promise<StartedTask<DariTaskRef, DariStartJobResponse>>;
  /** `POST /task/{org_id}/{endpoint_name}/pause?job_id=`: pauses a running job (its browser session is kept). */
  pause(ref: DariTaskRef, options?: TaskCallOptions): Promise<void>;
  /**
   * `POST /jobs/{org_id}/{endpoint_name}/answer?job_id=`: answers the agent's pending question; the job resumes.
   * Dari answers 409 (`ConflictError`) when the job is not waiting for input or the question id is stale.
   */
  answer(ref: DariTaskRef, answer: DariAnswer, options?: TaskCallOptions): Promise<void>;
}

function checkRef(ref: DariTaskRef) {
  if (typeof ref !== "object" || ref === null) {
    throw new InvalidTaskRefError("dari", "ref", "must be an object { orgId, endpointName, jobId }");
  }
  return {
    path: {
      org_id: requireTaskId("dari", "orgId", ref.orgId),
      endpoint_name: requireTaskId("dari", "endpointName", ref.endpointName),
    },
    query: { job_id: requireTaskId("dari", "jobId", ref.jobId) },
  };
}

/** The answer request body, or an `InvalidTaskRefError` (nothing sent) when the question id or the answer is unusable. */
function checkAnswer(given: DariAnswer): components["schemas"]["AnswerQuestionRequest"] {
  if (typeof given !== "object" || given === null) {
    throw new InvalidTaskRefError("dari", "answer", "must be an object { questionId, answer }");
  }
  const questionId = requireTaskId("dari", "questionId", given.questionId);
  if (typeof given.answer !== "string") throw new InvalidTaskRefError("dari", "answer", "must be a string");
  return { question_id: questionId, answer: given.answer };
}

function requireOption(name: keyof DariAdapterOptions, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new InvalidClientOptionError("dari", name, "expected a non-empty string");
  }
  return value;
}

/**
 * Throws when a 200 says it did not do what was asked (`{ "success": false, "message": ... }`): the operation
 * resolves only when Dari accepted it.
 */
function requireSuccess(body: { success?: boolean; message?: string } | undefined, response: Response, what: string) {
  if (body?.success !== false) return;
  throw new ApiError(`Dari: ${what} was refused: ${body.message ?? "success: false"}`, {
    provider: "dari",
    status: response.status,
    method: "POST",
    url: response.url,
    body,
  });
}

/**
 * A task adapter over `client` for the portal `{ orgId, endpointName }`, for `startTask`, `runTask` and
 * `waitForTask` from `@agent-tasks/normalize`. Its start input is the spec's `StartJobRequest` body alone (the
 * portal is bound here). Dari's spec declares no 429, so a 429 stays a `RateLimitError`.
 */
export function createDariAdapter(client: DariClient, options: DariAdapterOptions): DariAdapter {
  if (typeof options !== "object" || options === null) {
    throw new InvalidClientOptionError("dari", "options", "expected { orgId, endpointName }");
  }
  const orgId = requireOption("orgId", options.orgId);
  const endpointName = requireOption("endpointName", options.endpointName);

  const get = async (ref: DariTaskRef, { signal }: TaskCallOptions = {}): Promise<DariTask> =>
    unwrap(client.GET("/task/{org_id}/{endpoint_name}/status", { params: checkRef(ref), signal }));

  return {
    source: "dari",
    orgId,
    endpointName,
    fetchTask: get,
    get,
    start: async (input, { signal } = {}) => {
      const path = { org_id: orgId, endpoint_name: endpointName };
      const response = await unwrap(
        client.POST("/jobs/{org_id}/{endpoint_name}/start", { params: { path }, body: input, signal }),
      );
      return { ref: { orgId, endpointName, jobId: response.job_id }, response };
    },
    pause: async (ref, { signal } = {}) => {
      const result = await client.POST("/task/{org_id}/{endpoint_name}/pause", { params: checkRef(ref), signal });
      requireSuccess(await unwrap(result), result.response, "the pause");
    },
    answer: async (ref, given, { signal } = {}) => {
      const params = checkRef(ref);
      const body = checkAnswer(given);
      const result = await client.POST("/jobs/{org_id}/{endpoint_name}/answer", {
        params,
        body,
        signal,
      });
      requireSuccess(await unwrap(result), result.response, "the answer");
    },
  };
}
