import { describe, expect, it } from "vitest";
import { auditSnapshot } from "@/server/audit";

describe("audit snapshots", () => {
  it("never records secrets, and records dates and big numbers as text", () => {
    const snap = auditSnapshot({
      email: "a@b.cn",
      passwordHash: "$2b$10$abc",
      nested: { token: "t0k", at: new Date("2026-11-21T08:00:00Z") },
      id: 12n,
    });
    expect(snap).toEqual({ email: "a@b.cn", passwordHash: "***", nested: { token: "***", at: "2026-11-21T08:00:00.000Z" }, id: "12" });
  });
});
