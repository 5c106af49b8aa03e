import type { AgentTaskCost } from "../model/agent-task.js";
import { asFiniteNumber, asString } from "./coerce.js";

const USD_AMOUNT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A USD amount as a decimal string ("0.0425", as Browser Use v2's `cost` and v4's `totalCostUsd` send it) as
 * `{usd, credits: null}`. A number is taken as well; anything else (blank, not a decimal, negative, beyond a
 * double) gives `null`, never `NaN`.
 */
export function usdCost(value: unknown): AgentTaskCost | null {
  const text = asString(value)?.trim();
  const amount = text !== undefined && USD_AMOUNT.test(text) ? asFiniteNumber(Number(text)) : asFiniteNumber(value);
  // `+ 0` turns -0 into 0.
  return amount === null || amount < 0 ? null : { usd: amount + 0, credits: null };
}
