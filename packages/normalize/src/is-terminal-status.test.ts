import { describe, expect, it } from "vitest";
import { isTerminalStatus } from "./is-terminal-status.js";
import { type AgentTaskStatus, agentTaskStatuses } from "./model/agent-task.js";

const terminalTable: Record<AgentTaskStatus, boolean> = {
  pending: false,
  running: false,
  paused: false,
  completed: true,
  failed: true,
  stopped: true,
  unknown: false,
};

describe("isTerminalStatus", () => {
  it.each(Object.entries(terminalTable) as [AgentTaskStatus, boolean][])(
    "says %s is terminal: %s",
    (status, terminal) => {
      expect(isTerminalStatus(status)).toBe(terminal);
    },
  );

  it("covers every status of the model", () => {
    expect(Object.keys(terminalTable).sort()).toEqual([...agentTaskStatuses].sort());
  });

  it("does not treat unknown as terminal, so a poller keeps polling a status it cannot read", () => {
    expect(isTerminalStatus("unknown")).toBe(false);
  });
});
