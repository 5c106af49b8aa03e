import type { AgentTaskSource, RawTaskBySource } from "../../model/agent-task.js";
import * as browserUseFixtures from "./browser-use/index.js";
import * as browserUseV1Fixtures from "./browser-use-v1/index.js";
import * as browseractFixtures from "./browseract/index.js";
import * as dariFixtures from "./dari/index.js";
import * as hyperbrowserFixtures from "./hyperbrowser/index.js";

/** Every fixture, by source and by export name (`fixturesBySource.browseract.taskCanceled`). */
export const fixturesBySource: { [Source in AgentTaskSource]: Record<string, RawTaskBySource[Source]> } = {
  hyperbrowser: { ...hyperbrowserFixtures },
  "browser-use": { ...browserUseFixtures },
  "browser-use-v1": { ...browserUseV1Fixtures },
  dari: { ...dariFixtures },
  browseract: { ...browseractFixtures },
};
