import type { BrowserUseV1Task } from "@agent-tasks/browser-use/v1";

/** Finished with JSON output, an output file, a public share link and metadata. */
export const taskFinishedWithJsonOutput = {
  id: "d8b4f2a6-3c7e-4e19-a5d0-6f1b9c3e7a82",
  task: "Open producthunt.com and list today's top 3 launches with their upvote counts as JSON; save them as launches.json.",
  live_url: null,
  output:
    '[{"name":"Raycast AI","upvotes":1243},{"name":"Linear Asks","upvotes":987},{"name":"Tldraw Computer","upvotes":861}]',
  status: "finished",
  created_at: "2025-02-10T08:00:01.617245",
  finished_at: "2025-02-10T08:03:27.904771",
  steps: [
    {
      id: "step_d8b4f2a6_1",
      step: 1,
      evaluation_previous_goal: "Unknown - the browser just started",
      next_goal: "Open producthunt.com",
      url: "about:blank",
    },
    {
      id: "step_d8b4f2a6_2",
      step: 2,
      evaluation_previous_goal: "Success - today's launches are listed",
      next_goal: "Read the top 3 launches, save launches.json and finish",
      url: "https://www.producthunt.com/",
    },
  ],
  user_uploaded_files: [],
  output_files: ["launches.json"],
  public_share_url: "https://cloud.browser-use.com/share/d8b4f2a6-3c7e-4e19-a5d0-6f1b9c3e7a82",
  metadata: { campaign: "launch-radar", team: "growth" },
} satisfies BrowserUseV1Task;
