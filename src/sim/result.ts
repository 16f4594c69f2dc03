// Rule violations are values, not exceptions: the interface shows the reason.

export const ERROR_CODES = [
  'ERR_GAME_OVER',
  'ERR_WRONG_SIDE',
  'ERR_UNKNOWN_ACTION',
  'ERR_UNKNOWN_TECH',
  'ERR_UNKNOWN_CHAMPION',
  'ERR_UNKNOWN_EVENT',
  'ERR_BAD_VALUE',
  'ERR_OVER_BUDGET',
  'ERR_NO_CAPITAL',
  'ERR_NO_TALKS',
  'ERR_NOTHING_TO_ANSWER',
  'ERR_BOUND_BY_DEAL',
  'ERR_NOT_AVAILABLE',
  'ERR_CONTROLLED',
  'ERR_LOCKED',
  'ERR_DUPLICATE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface RuleError {
  code: ErrorCode;
  message: string; // a plain English sentence; the interface translates by code and params
  params?: Record<string, string | number>;
  action?: number; // index of the offending action in the side's orders
}

export type Result<T, E = RuleError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (
  code: ErrorCode,
  message: string,
  params?: Record<string, string | number>,
): { ok: false; error: RuleError } => ({
  ok: false,
  error: params ? { code, message, params } : { code, message },
});
