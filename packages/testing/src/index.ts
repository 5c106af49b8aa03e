/**
 * Simulated provider APIs for tests: Hyperbrowser (HyperAgent and its sibling agents), Browser Use v2 and v4,
 * BrowserAct, Dari and Skyvern, each a stateful task API that follows the provider's vendored OpenAPI spec. Use one in-process through msw
 * (`@agent-tasks/testing/msw`) or over real HTTP (`await simulation.listen()`, or the `agent-tasks-simulate` bin).
 *
 * @module
 */
export {
  type BrowserUseSimulation,
  type BrowserUseStartBody,
  type BrowserUseStatus,
  type BrowserUseTaskExtra,
  type BrowserUseTaskView,
  browserUseTooManySessionsDetail,
  simulateBrowserUse,
} from "./browser-use.js";
export {
  type BrowserUseV4Event,
  type BrowserUseV4RunView,
  type BrowserUseV4Simulation,
  type BrowserUseV4StartBody,
  type BrowserUseV4Status,
  type BrowserUseV4TaskExtra,
  browserUseV4TooManySessionsDetail,
  simulateBrowserUseV4,
} from "./browser-use-v4.js";
export {
  type BrowserActDownloadFile,
  type BrowserActSimulation,
  type BrowserActStartBody,
  type BrowserActStatus,
  type BrowserActTaskExtra,
  type BrowserActTaskView,
  browserActTooManyTasksMessage,
  simulateBrowserAct,
} from "./browseract.js";
export { createManualClock, type ManualClock, realClock, type SimulationClock } from "./clock.js";
export {
  type DariEvent,
  type DariJobView,
  type DariSimulation,
  type DariStartBody,
  type DariStatus,
  type DariTaskExtra,
  dariTooManyJobsMessage,
  simulateDari,
} from "./dari.js";
export {
  type HyperbrowserAgent,
  type HyperbrowserSimulation,
  type HyperbrowserStartBody,
  type HyperbrowserTaskExtra,
  type HyperbrowserTaskView,
  hyperbrowserAgents,
  hyperbrowserTooManyTasksMessage,
  simulateHyperbrowser,
} from "./hyperbrowser.js";
export type { ProviderSimulation, SimulationOptions, TaskControls } from "./provider-simulation.js";
export { DEFAULT_HTML_PAGE, type Fault, type FaultRule, type RecordedRequest, type Simulation } from "./simulation.js";
export {
  type SkyvernEngine,
  type SkyvernFileInfo,
  type SkyvernRunView,
  type SkyvernSimulation,
  type SkyvernStartBody,
  type SkyvernStatus,
  type SkyvernTaskExtra,
  simulateSkyvern,
  skyvernTooManyRunsDetail,
} from "./skyvern.js";
export {
  defaultTaskPlan,
  isTerminalPhase,
  type SimulatedTask,
  SimulatedTaskStateError,
  type TaskPhase,
  type TaskPlan,
  type TaskPlanOption,
  type TaskQuestion,
  type TaskTransition,
} from "./task-store.js";
