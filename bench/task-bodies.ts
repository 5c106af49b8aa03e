import type { HyperAgentTask, HyperAgentTaskStatus, HyperAgentTaskStep } from "@agent-tasks/hyperbrowser";
import { specExampleTask } from "../packages/normalize/src/providers/__fixtures__/browser-use/spec-example.js";

/** The task id every overhead call asks for (the Browser Use spec example's id, a UUID as its path expects). */
export const benchTaskId = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

// The Hyperbrowser spec has no example and leaves steps untyped, so steps take the shape the official SDK
// types for HyperAgent 1.1.0 (`{idx, agentOutput: {thoughts, memory, action}, actionOutput}`), with real-sized text.
const stepTemplates = [
  {
    thoughts: "The page is blank, so I have to open the Show HN listing first.",
    memory: "Task: collect the top 3 Show HN posts. Nothing collected yet.",
    action: { type: "goToUrl", params: { url: "https://news.ycombinator.com/show" } },
    message: "Navigated to https://news.ycombinator.com/show",
  },
  {
    thoughts: "The listing is loaded; the first three rows are the posts I need.",
    memory: "On the Show HN listing. Next: read titles and points of rows 1 to 3.",
    action: { type: "extract", params: { objective: "title, points and link of the first three posts" } },
    message: "Extracted 3 items",
  },
  {
    thoughts: "The third post links to a GitHub repository; its star count would make the answer more useful.",
    memory: "Collected 3 posts with titles and points. Next: open the third post's link for its star count.",
    action: { type: "clickElement", params: { index: 42, description: "third post title link" } },
    message: "Clicked element 42",
  },
] as const;

/** Step `index` of a HyperAgent run, cycling through the templates. */
function hyperAgentStep(index: number): HyperAgentTaskStep {
  const template = stepTemplates[index % stepTemplates.length] ?? stepTemplates[0];
  return {
    idx: index,
    agentOutput: { thoughts: template.thoughts, memory: template.memory, action: template.action },
    actionOutput: { success: true, message: template.message },
  };
}

/** A HyperAgent task as `GET /api/task/hyper-agent/{id}` returns it, with `stepCount` steps so far. */
export function hyperAgentTaskBody(jobId: string, status: HyperAgentTaskStatus, stepCount: number): HyperAgentTask {
  const finished = status === "completed" || status === "failed" || status === "stopped";
  return {
    jobId,
    status,
    data: {
      steps: Array.from({ length: stepCount }, (_, index) => hyperAgentStep(index)),
      finalResult: status === "completed" ? "1. Show HN: A tiny TCP stack (412 points) ..." : null,
    },
    error: status === "failed" ? "The agent gave up after 3 failed navigation attempts." : null,
    liveUrl: finished
      ? null
      : "https://app.hyperbrowser.ai/live?token=eyJhbGciOiJIUzI1NiJ9.eyJzZXNzaW9uSWQiOiI0YzVhIn0.R2kx&keepAlive=true",
  };
}

/** The 200 example of `GET /tasks/{task_id}` in specs/browser-use/openapi.yaml, verbatim (the normalize fixture). */
export const browserUseTaskBody = specExampleTask;
