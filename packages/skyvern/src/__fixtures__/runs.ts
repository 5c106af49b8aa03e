import type {
  SkyvernArtifact,
  SkyvernRunListItem,
  SkyvernRunStatus,
  SkyvernTaskRun,
  SkyvernTimelineEntry,
  SkyvernWorkflowRun,
} from "../task-types.js";

// Run bodies for this package's tests. The spec documents no response examples, so they are written by hand and
// checked against the spec's schemas (TaskRunResponse, WorkflowRunResponse, TaskRunListItem, WorkflowRunTimeline,
// Artifact) in the client test. Ids have Skyvern's prefixes: `tsk_` task runs, `wr_` workflow runs.

export const RUN_ID = "tsk_v2_438291827364501928";
export const WORKFLOW_RUN_ID = "wr_438291827364501930";
const ORGANIZATION_ID = "o_438291827364501000";

/** A task run as `GET /v1/runs/{run_id}` (and `POST /v1/run/tasks`, when it was created) returns it. */
export function taskRun(status: SkyvernRunStatus = "running", runId: string = RUN_ID): SkyvernTaskRun {
  const done = status === "completed";
  return {
    run_id: runId,
    run_type: "task_v2",
    status,
    output: done ? { cheapest_flight: "TAP 1127", price_eur: 89 } : null,
    downloaded_files: done
      ? [{ url: "https://skyvern-artifacts.example.com/fare-rules.pdf", filename: "fare-rules.pdf" }]
      : [],
    recording_url: done ? "https://skyvern-artifacts.example.com/recording.webm" : null,
    screenshot_urls: null,
    failure_reason: status === "failed" ? "The site refused the connection" : null,
    created_at: "2026-11-30T09:14:05.120000Z",
    modified_at: done ? "2026-11-30T09:15:41.870000Z" : "2026-11-30T09:14:20.004000Z",
    queued_at: "2026-11-30T09:14:05.300000Z",
    started_at: status === "created" || status === "queued" ? null : "2026-11-30T09:14:06.004000Z",
    finished_at: done ? "2026-11-30T09:15:41.870000Z" : null,
    app_url: `https://app.skyvern.com/runs/${runId}`,
    browser_session_id: null,
    step_count: done ? 7 : 2,
    run_request: {
      prompt: "Find the cheapest flight from Berlin to Lisbon next Friday",
      url: "https://www.example-flights.com/",
      engine: "skyvern-2.0",
      data_extraction_schema: null,
    },
  };
}

/** A workflow run, which `GET /v1/runs/{run_id}` returns for a `wr_` id. */
export const workflowRun = {
  run_id: WORKFLOW_RUN_ID,
  run_type: "workflow_run",
  status: "completed",
  output: { invoices: 3 },
  created_at: "2026-11-30T10:00:00Z",
  modified_at: "2026-11-30T10:03:12Z",
  app_url: `https://app.skyvern.com/runs/${WORKFLOW_RUN_ID}`,
} satisfies SkyvernWorkflowRun;

/** Row `n` of `GET /v1/runs` (newest first there). */
export function listItem(n: number, status: SkyvernRunStatus = "completed"): SkyvernRunListItem {
  return {
    task_run_id: `tr_${String(n).padStart(6, "0")}`,
    run_id: `tsk_v2_${String(n).padStart(6, "0")}`,
    task_run_type: "task_v2",
    status,
    title: `Run ${n}`,
    started_at: "2026-11-30T09:14:06Z",
    finished_at: status === "completed" ? "2026-11-30T09:15:41Z" : null,
    created_at: "2026-11-30T09:14:05Z",
  };
}

/** The timeline of a task_v2 run: a block with a thought under it. */
export const timeline: SkyvernTimelineEntry[] = [
  {
    type: "block",
    block: {
      workflow_run_block_id: "wrb_1",
      workflow_run_id: WORKFLOW_RUN_ID,
      organization_id: ORGANIZATION_ID,
      block_type: "task",
      label: "search",
      status: "completed",
      created_at: "2026-11-30T09:14:06Z",
      modified_at: "2026-11-30T09:15:00Z",
    },
    children: [
      {
        type: "thought",
        thought: {
          thought_id: "ot_1",
          task_id: RUN_ID,
          organization_id: ORGANIZATION_ID,
          thought: "The cheapest fare is on the second row",
          created_at: "2026-11-30T09:14:30Z",
          modified_at: "2026-11-30T09:14:30Z",
        },
        children: [],
        created_at: "2026-11-30T09:14:30Z",
        modified_at: "2026-11-30T09:14:30Z",
      },
    ],
    created_at: "2026-11-30T09:14:06Z",
    modified_at: "2026-11-30T09:15:00Z",
  },
];

/** Two artifacts of the run: its recording and a screenshot. */
export const artifacts: SkyvernArtifact[] = [
  {
    artifact_id: "a_1",
    artifact_type: "recording",
    uri: "s3://skyvern-artifacts/o_438291827364501000/recording.webm",
    signed_url: "https://skyvern-artifacts.example.com/recording.webm",
    run_id: RUN_ID,
    organization_id: ORGANIZATION_ID,
    created_at: "2026-11-30T09:15:41Z",
    modified_at: "2026-11-30T09:15:41Z",
  },
  {
    artifact_id: "a_2",
    artifact_type: "screenshot_final",
    uri: "s3://skyvern-artifacts/o_438291827364501000/final.png",
    signed_url: null,
    run_id: RUN_ID,
    organization_id: ORGANIZATION_ID,
    created_at: "2026-11-30T09:15:41Z",
    modified_at: "2026-11-30T09:15:41Z",
  },
];
