import { normalizeTask } from "@agent-tasks/normalize";
import { providers } from "../providers.js";

/** Every normalize fixture as `normalizeTask` turns it into JSON, by `<source>/<fixture>`: run in Node and in the page. */
export function normalizeEveryFixture(): Record<string, string> {
  const normalized: Record<string, string> = {};
  for (const entry of providers) {
    for (const [name, rawTask] of Object.entries(entry.fixtures)) {
      normalized[`${entry.id}/${name}`] = JSON.stringify(normalizeTask(entry.id, rawTask as never));
    }
  }
  return normalized;
}
