import type { HyperAgentTaskStep } from "@agent-tasks/hyperbrowser";
import { freeFormObject } from "./free-form-object.js";

// The spec leaves `data.steps` items untyped; these are the two shapes the official SDK types
// (hyperbrowserai/node-sdk@d196bef, src/types/agents/hyper-agent.ts). `idx` counts from 0.

interface HyperAgentActionOutput {
  success: boolean;
  message: string;
  extract?: object;
}

/** A step written by HyperAgent 0.8.0: a goal and a list of actions per step. */
export interface HyperAgentStepV080 {
  idx: number;
  agentOutput: { thoughts: string; memory: string; nextGoal: string; actions: Record<string, unknown>[] };
  actionOutputs: HyperAgentActionOutput[];
}

/** A step written by HyperAgent 1.1.0: one action per step and no goal. */
export interface HyperAgentStepV110 {
  idx: number;
  agentOutput: { thoughts: string; memory: string; action: Record<string, unknown> };
  actionOutput: HyperAgentActionOutput;
}

/** A typed step shape, given the type the generated `HyperAgentTask` expects for `data.steps` items. */
export function hyperAgentStep(step: HyperAgentStepV080 | HyperAgentStepV110): HyperAgentTaskStep {
  return freeFormObject(step);
}
