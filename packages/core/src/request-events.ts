import type { AgentTasksError } from "./errors.js";
import type { RequestContext } from "./response-context.js";

/** Fields every `RequestEvent` has. */
export interface RequestEventBase {
  provider: string;
  method: string;
  url: string;
  /** 1 for the first try, 2 for the first retry... */
  attempt: number;
}

/** What the `onRequestEvent` hook sees. Credentials in `headers` are `[redacted]`; keys never travel in URLs. */
export type RequestEvent =
  | (RequestEventBase & { type: "request"; headers: Record<string, string> })
  | (RequestEventBase & { type: "response"; status: number; durationMs: number; requestId: string | null })
  | (RequestEventBase & { type: "retry"; delayMs: number; reason: string })
  | (RequestEventBase & { type: "error"; durationMs: number; error: AgentTasksError });

/** The fields of one event type beyond the common ones. */
type RequestEventFields<Type extends RequestEvent["type"]> = Omit<
  Extract<RequestEvent, { type: Type }>,
  keyof RequestEventBase | "type"
>;

/** Who hears about a client's requests: its provider id and the `onRequestEvent` hook, when there is one. */
export interface RequestEventSink {
  readonly provider: string;
  readonly onRequestEvent: ((event: RequestEvent) => void) | undefined;
}

/** Tells the `onRequestEvent` hook about `attempt` of the call in `context`; a throwing hook is ignored. */
export function emitRequestEvent<Type extends RequestEvent["type"]>(
  { provider, onRequestEvent }: RequestEventSink,
  type: Type,
  { method, url }: RequestContext,
  attempt: number,
  fields: RequestEventFields<Type>,
): void {
  try {
    onRequestEvent?.({ type, provider, method, url, attempt, ...fields } as unknown as RequestEvent);
  } catch {
    // A broken logger must not fail the request it is logging.
  }
}
