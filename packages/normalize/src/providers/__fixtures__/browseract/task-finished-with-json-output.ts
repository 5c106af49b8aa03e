import type { BrowserActTask } from "@agent-tasks/browseract";

/**
 * Finished: `output.string` holds JSON text, `output.files` lists URLs, `download_files` has a pre-signed
 * file with epoch-millisecond times. Task times carry BrowserAct's +08:00 offset.
 */
export const taskFinishedWithJsonOutput = {
  id: "78412563098214567",
  output: {
    string:
      '{"listings":[{"address":"2100 Nueces St #1204","rent":2450,"beds":1},{"address":"1600 Barton Springs Rd #3107","rent":2195,"beds":1}]}',
    files: ["https://browseract-prod.s3.us-west-2.amazonaws.com/outputs/78412563098214567/listing%20summary.json"],
  },
  status: "finished",
  steps: [
    {
      id: "78412563098214581",
      step: 1,
      status: "succeed",
      evaluation_previous_goal: "Start",
      step_goal: "Open https://www.zillow.com/austin-tx/rentals/",
      screenshots_url: "https://browseract-prod.s3.us-west-2.amazonaws.com/screenshots/78412563098214567/step-1.png",
    },
    {
      id: "78412563098214582",
      step: 2,
      status: "succeed",
      evaluation_previous_goal: "Success: the rentals list for Austin is open",
      step_goal: "Read address, rent and size of the first 5 listings",
      screenshots_url: "https://browseract-prod.s3.us-west-2.amazonaws.com/screenshots/78412563098214567/step-2.png",
    },
  ],
  profile_id: "p_20250612_austin",
  created_at: "2025-06-12T17:41:07+08:00",
  finished_at: "2025-06-12T17:43:23.587+08:00",
  credit: 37,
  download_files: [
    {
      guid: "b0c1d7e4f6a84f3c9e2a5d8b7c6f1e20",
      fileName: "austin-rentals-2025-06-12.csv",
      fileSize: 48213,
      status: "uploaded",
      progress: 100,
      downloadUrl:
        "https://browseract-prod.s3.us-west-2.amazonaws.com/downloads/78412563098214567/austin-rentals-2025-06-12.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20250612T094323Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=3f9a1c7e5b2d8f4a6c0e9b1d3f5a7c9e",
      downloadStartTime: 1749721402113,
      downloadCompletedTime: 1749721403587,
      expiresAt: 1750326203587,
      createTime: 1749721401950,
    },
  ],
  files_expires_at: 1750326203587,
  workflow_id: "71035368231436288",
  input_parameters: "city=Austin, TX;max_results=5",
  log_detail_url: "https://www.browseract.com/workflow/71035368231436288/task/78412563098214567/log",
} satisfies BrowserActTask;
