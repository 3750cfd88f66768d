import { describe, expect, it } from "vitest";
import { changedFields, formatValue } from "@/modules/audit/diff";

describe("audit changes", () => {
  it("lists only what an update changed, without bookkeeping fields", () => {
    const before = { id: "1", version: 1, name: "刘洋", role: "TRAINER", active: true };
    const after = { id: "1", version: 2, name: "刘洋（培训）", role: "TRAINER", active: true };
    expect(changedFields(before, after)).toEqual([{ field: "name", before: "刘洋", after: "刘洋（培训）" }]);
  });

  it("lists every meaningful field of a created record", () => {
    expect(changedFields(null, { id: "1", email: "a@b.cn", active: true })).toEqual([
      { field: "email", after: "a@b.cn" },
      { field: "active", after: true },
    ]);
  });

  it("treats non-object snapshots as empty and formats values for reading", () => {
    expect(changedFields("x", 3)).toEqual([]);
    expect(formatValue(null)).toBe("—");
    expect(formatValue(false)).toBe("false");
    expect(formatValue({ n: 1 })).toBe('{"n":1}');
  });
});
