import type { BrowserUseTaskStatusView } from "@agent-tasks/browser-use";

/**
 * Today's API, `GET /tasks/{task_id}/status` (`TaskStatusView`): the status, output, success and cost, no steps.
 * Not in ./index.ts (the adapters read only its status today); tests normalize it to see that it would work.
 */
export const taskStatusViewFinished = {
  id: "9c2e7b4d-6a1f-4e83-b5d0-3f8a1c6e2b97",
  status: "finished",
  output: '{"desks":[{"name":"TROTTEN","price":279,"rating":4.5},{"name":"MITTZON","price":449,"rating":4.6}]}',
  finishedAt: "2026-12-02T10:01:46.875541",
  isSuccess: true,
  cost: "0.0425",
} satisfies BrowserUseTaskStatusView;
