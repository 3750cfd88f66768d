// When a failed message is tried again: minutes after it was queued, by attempts made so far.
// (The outbox row has no "next attempt" column; counting from createdAt keeps the schedule in the row.)
export const RETRY_AFTER_MINUTES = [0, 1, 5, 15, 60] as const;
export const MAX_ATTEMPTS = RETRY_AFTER_MINUTES.length;

export function nextAttemptAt(createdAt: Date, attempts: number): Date {
  const minutes = RETRY_AFTER_MINUTES[Math.min(Math.max(attempts, 0), MAX_ATTEMPTS - 1)]!;
  return new Date(createdAt.getTime() + minutes * 60_000);
}

/** The status after one more failed attempt. */
export function afterFailure(attempts: number): "PENDING" | "FAILED" {
  return attempts + 1 >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
}
