import { describe, expect, it } from "vitest";
import { ROLES } from "@/server/permissions";
import { seedDemoCompany } from "../../scripts/db/seed";
import { db, resetDatabase } from "../support/db";

describe("demo seed", () => {
  it("creates the demo company once and changes nothing when run again", async () => {
    await resetDatabase();
    const url = process.env.DATABASE_URL!;
    expect(await seedDemoCompany(url)).toEqual({ created: true });
    const counts = async () => [await db.department.count(), await db.user.count(), await db.auditLog.count()];
    const first = await counts();
    expect(await seedDemoCompany(url)).toEqual({ created: false });
    expect(await counts()).toEqual(first);

    const roles = await db.user.groupBy({ by: ["role"], where: { active: true }, _count: { _all: true } });
    expect(roles.map((r) => r.role).sort()).toEqual([...ROLES].sort());
    const codes = (await db.department.findMany({ select: { code: true } })).map((d) => d.code);
    // The monthly review page has a story to tell: a review for each month from three months before go-live.
    const reviews = await db.monthlyReview.findMany({ include: { _count: { select: { actions: true } } } });
    expect(reviews.length).toBeGreaterThanOrEqual(3);
    expect(reviews.every((r) => r.summary.length > 0 && r._count.actions > 0)).toBe(true);
    // Portal sign-ins give the computed active-user rate a history that rises through training towards go-live.
    const activity = await db.kpiValue.findMany({ where: { kpi: { code: "ACTIVE_USER_RATE" } }, orderBy: { periodStart: "asc" }, select: { value: true } });
    expect(activity.length).toBeGreaterThanOrEqual(10);
    const mean = (xs: { value: number }[]) => xs.reduce((sum, x) => sum + x.value, 0) / xs.length;
    expect(mean(activity.slice(6, 10))).toBeGreaterThan(mean(activity.slice(0, 4)));
    for (const code of ["sales", "purchasing", "warehouse", "production", "engineering", "finance", "hr", "quality", "it"]) expect(codes).toContain(code);
  });
});
