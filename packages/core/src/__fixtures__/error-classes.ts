import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
} from "../api-errors.js";

/**
 * Each HTTP status with a class of its own, plus one more 5xx and a status with no class of its own: the
 * statuses whose typed errors are checked field by field, from a `Response` and through `unwrap`.
 */
export const errorClassByStatus: [status: number, errorClass: typeof ApiError][] = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, ServerError],
  [503, ServerError],
  [418, ApiError],
];
