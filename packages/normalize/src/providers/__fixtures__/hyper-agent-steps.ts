import type { HyperAgentTaskStep } from "@agent-tasks/hyperbrowser";

// The spec leaves `data.steps` items untyped; these are the two shapes the official SDK types
// (hyperbrowserai/node-sdk@d196bef, src/types/agents/hyper-agent.ts). `idx` counts from 0.

type HyperAgentActionOutput = {
  success: boolean;
  message: string;
  extract?: object;
};

/** A step written by HyperAgent 0.8.0: a goal and a list of actions per step. */
export type HyperAgentStepV080 = {
  idx: number;
  agentOutput: { thoughts: string; memory: string; nextGoal: string; actions: Record<string, unknown>[] };
  actionOutputs: HyperAgentActionOutput[];
};

/** A step written by HyperAgent 1.1.0: one action per step and no goal. */
export type HyperAgentStepV110 = {
  idx: number;
  agentOutput: { thoughts: string; memory: string; action: Record<string, unknown> };
  actionOutput: HyperAgentActionOutput;
};

/** A typed step shape as a `data.steps` item, which the spec types as a free-form object. */
export function hyperAgentStep(step: HyperAgentStepV080 | HyperAgentStepV110): HyperAgentTaskStep {
  return step;
}
