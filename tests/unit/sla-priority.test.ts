import { describe, expect, it } from "vitest";
import { derivePriority, IMPACTS, URGENCIES } from "@/modules/sla/priority";

describe("priority from impact and urgency", () => {
  it("follows the ITIL matrix, row by row", () => {
    const matrix = IMPACTS.map((impact) => URGENCIES.map((urgency) => derivePriority(impact, urgency)));
    expect(matrix).toEqual([
      ["P1", "P2", "P3"], // BLOCKING
      ["P2", "P3", "P4"], // DEGRADED
      ["P3", "P4", "P4"], // MINOR
    ]);
  });

  it("never ranks a more urgent or more severe issue lower", () => {
    for (const i of [0, 1, 2]) for (const u of [1, 2]) expect(derivePriority(IMPACTS[i]!, URGENCIES[u - 1]!) <= derivePriority(IMPACTS[i]!, URGENCIES[u]!)).toBe(true);
    for (const u of [0, 1, 2]) for (const i of [1, 2]) expect(derivePriority(IMPACTS[i - 1]!, URGENCIES[u]!) <= derivePriority(IMPACTS[i]!, URGENCIES[u]!)).toBe(true);
  });

  it("refuses values that are not on the matrix", () => {
    expect(() => derivePriority("SEVERE" as never, "HIGH")).toThrow();
    expect(() => derivePriority("MINOR", "SOON" as never)).toThrow();
  });
});
