/**
 * Simulated provider APIs for tests: Hyperbrowser (HyperAgent and its sibling agents), Browser Use v2, BrowserAct
 * and Dari, each a stateful task API that follows the provider's vendored OpenAPI spec. Use one in-process through msw
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
