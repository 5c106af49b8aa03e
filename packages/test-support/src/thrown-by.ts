type ErrorClass<E> = abstract new (...args: never[]) => E;

/**
 * The error `action` throws, so its class, message and fields can be asserted one by one.
 * Fails when nothing is thrown, or (given `expected`) when something else is thrown.
 */
export function thrownBy<E = unknown>(action: () => unknown, expected?: ErrorClass<E>): E {
  try {
    action();
  } catch (error) {
    if (expected === undefined || error instanceof expected) return error as E;
    throw error;
  }
  throw new Error(`expected ${expected?.name ?? "an error"} to be thrown, but nothing was`);
}

/** The reason `promise` rejects with; fails when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the promise to reject, but it resolved");
    },
    (error: unknown) => error,
  );
}
