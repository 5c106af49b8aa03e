import type { BrowserUseV1Task } from "@agent-tasks/browser-use/v1";

/** The 200 example of `GET /api/v1/task/{task_id}` in specs/browser-use-v1/openapi.yaml, verbatim. */
export const specExampleTask = {
  id: "<string>",
  task: "<string>",
  live_url: "<string>",
  output: "<string>",
  status: "created",
  created_at: "2023-11-07T05:31:56Z",
  finished_at: "2023-11-07T05:31:56Z",
  steps: [
    {
      id: "<string>",
      step: 123,
      evaluation_previous_goal: "<string>",
      next_goal: "<string>",
      url: "<string>",
    },
  ],
  browser_data: { cookies: [{}] },
  user_uploaded_files: ["<string>"],
  output_files: ["<string>"],
  public_share_url: "<string>",
  metadata: { campaign: "q4-automation", team: "marketing" },
} satisfies BrowserUseV1Task;
