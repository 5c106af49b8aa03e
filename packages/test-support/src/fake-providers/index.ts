export {
  browserUseTooManySessionsDetail,
  type FakeBrowserUse,
  type FakeBrowserUseExtra,
  type FakeBrowserUseOptions,
  type FakeBrowserUseStartBody,
  type FakeBrowserUseStatus,
  type FakeBrowserUseTaskView,
  startFakeBrowserUse,
} from "./browser-use.js";
export {
  browserActTaskId,
  type FakeBrowserAct,
  type FakeBrowserActExtra,
  type FakeBrowserActStartBody,
  type FakeBrowserActStatus,
  type FakeBrowserActTaskView,
  startFakeBrowserAct,
} from "./browseract.js";
export { createManualClock, type FakeClock, type ManualClock, realClock } from "./clock.js";
export {
  type FakeDari,
  type FakeDariEvent,
  type FakeDariExtra,
  type FakeDariJobView,
  type FakeDariStartBody,
  type FakeDariStatus,
  startFakeDari,
} from "./dari.js";
export type { FakeProvider, FakeProviderOptions, FakeTaskControls } from "./fake-provider.js";
export type { FakeFault, FakeFaultRule, FakeHttpServer, FakeRequestRecord } from "./fake-server.js";
export {
  type FakeHyperAgentStartBody,
  type FakeHyperAgentTaskView,
  type FakeHyperbrowser,
  type FakeHyperbrowserExtra,
  startFakeHyperbrowser,
} from "./hyperbrowser.js";
export {
  defaultFakeTaskPlan,
  type FakeTaskPhase,
  type FakeTaskPlan,
  type FakeTaskPlanOption,
  type FakeTaskQuestion,
  type FakeTaskSnapshot,
  FakeTaskStateError,
  type FakeTaskTransition,
  isTerminalPhase,
} from "./task-store.js";
