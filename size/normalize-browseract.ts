// One mapper from @agent-tasks/normalize: what an app that only handles BrowserAct tasks ships.
import { normalizeBrowserActTask } from "@agent-tasks/normalize";

declare const rawTask: Parameters<typeof normalizeBrowserActTask>[0];
console.log(normalizeBrowserActTask(rawTask).status);
