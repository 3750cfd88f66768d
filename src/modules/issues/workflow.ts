import type { IssueStatus } from "@/generated/prisma/enums";

// The support desk's moves. Resolving asks the reporter to confirm (close) or reopen; DUPLICATE is
// reached only by merging (it needs the issue it duplicates); CLOSED by the reporter's confirmation
// or by support after the reporter went quiet.
const DESK_MOVES: Record<IssueStatus, readonly IssueStatus[]> = {
  NEW: ["TRIAGED", "IN_PROGRESS", "WAITING_FOR_REPORTER", "RESOLVED"],
  TRIAGED: ["IN_PROGRESS", "WAITING_FOR_REPORTER", "RESOLVED"],
  IN_PROGRESS: ["WAITING_FOR_REPORTER", "RESOLVED"],
  WAITING_FOR_REPORTER: ["IN_PROGRESS", "RESOLVED"],
  REOPENED: ["IN_PROGRESS", "WAITING_FOR_REPORTER", "RESOLVED"],
  RESOLVED: ["CLOSED", "IN_PROGRESS"],
  CLOSED: [],
  DUPLICATE: [],
};

export function deskMoves(from: IssueStatus): readonly IssueStatus[] {
  return DESK_MOVES[from];
}

export function isDeskMove(from: IssueStatus, to: IssueStatus): boolean {
  return DESK_MOVES[from].includes(to);
}

/** The SLA clocks stand still while the desk waits for the reporter. */
export function pausesClock(status: IssueStatus): boolean {
  return status === "WAITING_FOR_REPORTER";
}

/** Moves that count as the desk's first response to the reporter. */
export function isFirstResponseMove(to: IssueStatus): boolean {
  return to !== "TRIAGED";
}

/** Pauses from the issue's history: each SLA_PAUSED opens one, the next SLA_RESUMED closes it. */
export function pausesFromEvents(events: readonly { kind: string; createdAt: Date }[]): { from: Date; to: Date | null }[] {
  const pauses: { from: Date; to: Date | null }[] = [];
  for (const e of [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const open = pauses.at(-1);
    if (e.kind === "SLA_PAUSED" && (!open || open.to)) pauses.push({ from: e.createdAt, to: null });
    if (e.kind === "SLA_RESUMED" && open && !open.to) open.to = e.createdAt;
  }
  return pauses;
}
