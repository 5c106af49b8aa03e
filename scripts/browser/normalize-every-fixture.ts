import { type AgentTaskSource, normalizeTask } from "@agent-tasks/normalize";
import { fixturesBySource } from "../../packages/normalize/src/providers/__fixtures__/index.js";

/** Every normalize fixture as `normalizeTask` turns it into JSON, by `<source>/<fixture>`: run in Node and in the page. */
export function normalizeEveryFixture(): Record<string, string> {
  const normalized: Record<string, string> = {};
  for (const [source, fixtures] of Object.entries(fixturesBySource)) {
    for (const [name, rawTask] of Object.entries(fixtures)) {
      normalized[`${source}/${name}`] = JSON.stringify(normalizeTask(source as AgentTaskSource, rawTask));
    }
  }
  return normalized;
}
