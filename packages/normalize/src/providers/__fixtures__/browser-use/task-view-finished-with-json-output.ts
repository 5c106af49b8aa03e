import type { BrowserUseCurrentTask } from "@agent-tasks/browser-use";

/**
 * Today's API: finished, the agent says it succeeded and the judge agrees; `output` is JSON text (structured output),
 * one file was written, and `cost` is the total in USD.
 */
export const taskViewFinishedWithJsonOutput = {
  id: "9c2e7b4d-6a1f-4e83-b5d0-3f8a1c6e2b97",
  sessionId: "2f7d1b9e-5c3a-4a64-8e1f-6b0c9d3a7e25",
  llm: "gpt-4.1",
  task: "Get the name, price and star rating of the top 2 results for 'standing desk' on ikea.com as JSON, and save them as desks.csv.",
  status: "finished",
  createdAt: "2026-12-02T09:58:01.902733",
  startedAt: "2026-12-02T09:58:03.118260",
  finishedAt: "2026-12-02T10:01:46.875541",
  metadata: { customerId: "cus_Q3x8aLk2", source: "zapier" },
  steps: [
    {
      number: 1,
      memory: "Need the top 2 standing desks on ikea.com.",
      evaluationPreviousGoal: "Unknown - the browser just started",
      nextGoal: "Search ikea.com for 'standing desk'",
      url: "about:blank",
      screenshotUrl: null,
      actions: ['{"go_to_url":{"url":"https://www.ikea.com/us/en/search/?q=standing%20desk","new_tab":false}}'],
      duration: 4.06,
    },
    {
      number: 2,
      memory: "Results: TROTTEN $279.00 4.5 stars, MITTZON $449.00 4.6 stars.",
      evaluationPreviousGoal: "Success - the search results are shown",
      nextGoal: "Write desks.csv and return the JSON",
      url: "https://www.ikea.com/us/en/search/?q=standing%20desk",
      screenshotUrl: "https://browser-use-screenshots.s3.amazonaws.com/9c2e7b4d-6a1f-4e83-b5d0-3f8a1c6e2b97/2.png",
      actions: [
        '{"write_file":{"file_name":"desks.csv","content":"name,price,rating\\nTROTTEN,279.00,4.5\\nMITTZON,449.00,4.6"}}',
        '{"done":{"success":true,"data":{"desks":[{"name":"TROTTEN","price":279,"rating":4.5},{"name":"MITTZON","price":449,"rating":4.6}]}}}',
      ],
      duration: 7.91,
    },
  ],
  output: '{"desks":[{"name":"TROTTEN","price":279,"rating":4.5},{"name":"MITTZON","price":449,"rating":4.6}]}',
  outputFiles: [{ id: "3d8b6f1a-7e2c-4b95-a0d4-1c9e5f3b7a62", fileName: "desks.csv" }],
  browserUseVersion: "0.9.7",
  isSuccess: true,
  judgement:
    '{"reasoning":"Both desks are listed with name, price and rating, and desks.csv was written.","verdict":true,"failure_reason":null}',
  judgeVerdict: true,
  cost: "0.0425",
  suggestions: [],
} satisfies BrowserUseCurrentTask;
