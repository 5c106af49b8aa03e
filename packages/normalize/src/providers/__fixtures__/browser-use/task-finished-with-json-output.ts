import type { BrowserUseSeedEraTask } from "@agent-tasks/browser-use";

/** Seed era: finished, the agent says it succeeded, `doneOutput` is JSON text (structured output) and one file was written. */
export const taskFinishedWithJsonOutput = {
  id: "4e7d2b1a-9c3f-4a85-b6e0-2f8d1c7a5e39",
  sessionId: "a1f3c5e7-2b4d-4f60-8e9a-0c2d4f6a8b1e",
  session: {
    id: "a1f3c5e7-2b4d-4f60-8e9a-0c2d4f6a8b1e",
    status: "stopped",
    liveUrl: null,
    startedAt: "2025-03-04T09:58:02.441907",
    finishedAt: "2025-03-04T10:01:47.093215",
  },
  llm: "gpt-4.1",
  task: "Get the name, price and star rating of the top 2 results for 'standing desk' on ikea.com as JSON, and save them as desks.csv.",
  status: "finished",
  startedAt: "2025-03-04T09:58:03.118260",
  finishedAt: "2025-03-04T10:01:46.875541",
  metadata: { customerId: "cus_Q3x8aLk2", source: "zapier" },
  isScheduled: false,
  steps: [
    {
      number: 1,
      memory: "Need the top 2 standing desks on ikea.com.",
      evaluationPreviousGoal: "Unknown - the browser just started",
      nextGoal: "Search ikea.com for 'standing desk'",
      url: "about:blank",
      screenshotUrl: null,
      actions: ['{"go_to_url":{"url":"https://www.ikea.com/us/en/search/?q=standing%20desk","new_tab":false}}'],
    },
    {
      number: 2,
      memory: "Results: TROTTEN $279.00 4.5 stars, MITTZON $449.00 4.6 stars.",
      evaluationPreviousGoal: "Success - the search results are shown",
      nextGoal: "Write desks.csv and return the JSON",
      url: "https://www.ikea.com/us/en/search/?q=standing%20desk",
      screenshotUrl: "https://browser-use-screenshots.s3.amazonaws.com/4e7d2b1a-9c3f-4a85-b6e0-2f8d1c7a5e39/2.png",
      actions: [
        '{"write_file":{"file_name":"desks.csv","content":"name,price,rating\\nTROTTEN,279.00,4.5\\nMITTZON,449.00,4.6"}}',
        '{"done":{"success":true,"data":{"desks":[{"name":"TROTTEN","price":279,"rating":4.5},{"name":"MITTZON","price":449,"rating":4.6}]}}}',
      ],
    },
  ],
  doneOutput: '{"desks":[{"name":"TROTTEN","price":279,"rating":4.5},{"name":"MITTZON","price":449,"rating":4.6}]}',
  userUploadedFiles: [],
  outputFiles: [{ id: "6b2f9d4c-1e8a-4c37-a5d0-7e3b9f1c2a86", fileName: "desks.csv" }],
  browserUseVersion: "0.5.11",
  isSuccess: true,
} satisfies BrowserUseSeedEraTask;
