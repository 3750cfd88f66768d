// Priority from impact and urgency, the ITIL matrix folded to four levels. Support may override the
// result on the issue; this is only the starting point a reporter's answers give.
//
//              urgency HIGH   MEDIUM   LOW
//   BLOCKING           P1     P2       P3
//   DEGRADED           P2     P3       P4
//   MINOR              P3     P4       P4

export type Impact = "BLOCKING" | "DEGRADED" | "MINOR";
export type Urgency = "HIGH" | "MEDIUM" | "LOW";
export type Priority = "P1" | "P2" | "P3" | "P4";

export const IMPACTS: readonly Impact[] = ["BLOCKING", "DEGRADED", "MINOR"];
export const URGENCIES: readonly Urgency[] = ["HIGH", "MEDIUM", "LOW"];
export const PRIORITIES: readonly Priority[] = ["P1", "P2", "P3", "P4"];

export function derivePriority(impact: Impact, urgency: Urgency): Priority {
  const i = IMPACTS.indexOf(impact);
  const u = URGENCIES.indexOf(urgency);
  if (i < 0 || u < 0) throw new Error(`unknown impact/urgency: ${impact}/${urgency}`);
  // Rows and columns each add one level; the two lowest corners share P4.
  return PRIORITIES[Math.min(i + u, 3)]!;
}
