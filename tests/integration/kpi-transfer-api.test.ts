import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/kpis/route";
import { POST } from "@/app/api/kpis/values/route";
import { createApiToken } from "@/server/api-token";
import { db, makeUser, resetDatabase } from "../support/db";

// The REST endpoints as another system calls them: a bearer token acting as its user, no session.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/server/session", () => ({ getActor: async () => null }));

const tokens: Record<string, string> = {};
let kpiId = "";

beforeAll(async () => {
  await resetDatabase();
  await db.$executeRawUnsafe(`TRUNCATE "Kpi", "ApiToken" CASCADE`);
  const admin = await makeUser("ADMIN");
  const owner = await makeUser("SUPPORT");
  const other = await makeUser("SUPPORT");
  const keyUser = await makeUser("KEY_USER");
  const kpi = await db.kpi.create({
    data: { code: "ON_TIME_DELIVERY", nameZh: "订单准时交货率", nameEn: "On-time delivery", unit: "%", direction: "HIGHER_IS_BETTER", frequency: "WEEKLY", source: "IMPORTED", ownerId: owner.id,
      targets: { create: [{ dueDate: new Date("2027-02-16T00:00:00Z"), value: 90 }] } },
  });
  kpiId = kpi.id;
  for (const [name, user] of Object.entries({ owner, other, keyUser })) {
    tokens[name] = (await db.$transaction((tx) => createApiToken(tx, { name, userId: user.id, createdById: admin.id }))).token;
  }
});

function post(token: string | null, body: unknown, lang = "en") {
  const headers: Record<string, string> = { "content-type": "application/json", "accept-language": lang };
  if (token) headers.authorization = `Bearer ${token}`;
  return POST(new Request("http://portal.test/api/kpis/values", { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }));
}

describe("POST /api/kpis/values", () => {
  it("answers 401 without a valid token and 403 to a role that enters no values", async () => {
    expect((await post(null, { values: [] })).status).toBe(401);
    expect((await post(`erp_${"x".repeat(43)}`, { values: [] })).status).toBe(401);
    expect((await post(tokens.keyUser!, { values: [{ kpi: "ON_TIME_DELIVERY", period: "2026-11-09", value: 1 }] })).status).toBe(403);
  });

  it("writes the owner's values and answers 201 with counts", async () => {
    const res = await post(tokens.owner!, { values: [{ kpi: "ON_TIME_DELIVERY", period: "2026-11-04", value: 92.5, note: "MES" }, { kpi: "on_time_delivery", period: "2026-W44", value: 91 }] });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      written: 2, kpis: 1, created: 2, replaced: 0, normalised: 1,
      perKpi: [{ code: "ON_TIME_DELIVERY", written: 2, created: 2, replaced: 0, from: "2026-10-26", to: "2026-11-02" }],
    });
    const rows = await db.kpiValue.findMany({ where: { kpiId }, orderBy: { periodStart: "asc" } });
    expect(rows.map((r) => [r.periodStart.toISOString().slice(0, 10), r.value, r.origin])).toEqual([["2026-10-26", 91, "API"], ["2026-11-02", 92.5, "API"]]);
  });

  it("answers 403 with the rows when the KPI is someone else's, writing nothing", async () => {
    const res = await post(tokens.other!, { values: [{ kpi: "ON_TIME_DELIVERY", period: "2026-11-09", value: 90 }] });
    expect(res.status).toBe(403);
    expect((await res.json()).errors).toEqual([{ index: 0, field: "kpi", code: "notOwner", message: "You may only write values of KPIs you own (ON_TIME_DELIVERY is not yours)." }]);
    expect(await db.kpiValue.count({ where: { kpiId, periodStart: new Date("2026-11-09T00:00:00Z") } })).toBe(0);
  });

  it("answers 400 with localized row errors and writes none of the rows", async () => {
    const before = await db.kpiValue.count();
    const res = await post(tokens.owner!, { values: [{ kpi: "ON_TIME_DELIVERY", period: "2026-11-09", value: 90 }, { kpi: "ON_TIME_DELIVERY", period: "2026-11", value: "高" }] }, "zh-CN");
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors).toEqual([
      { index: 1, field: "period", code: "periodGrain", message: "“2026-11”比该指标的期间更长：请填写日期或与指标频率一致的期间。" },
      { index: 1, field: "value", code: "notNumber", message: "“高”不是数字。" },
    ]);
    expect(await db.kpiValue.count()).toBe(before);
    expect((await post(tokens.owner!, "{not json")).status).toBe(400);
    expect((await post(tokens.owner!, { values: "x" })).status).toBe(400);
  });

  it("answers 413 to more than 1000 values or an oversized body", async () => {
    const many = Array.from({ length: 1001 }, () => ({ kpi: "ON_TIME_DELIVERY", period: "2026-11-09", value: 1 }));
    expect((await post(tokens.owner!, { values: many })).status).toBe(413);
    expect((await post(tokens.owner!, { values: [{ kpi: "ON_TIME_DELIVERY", period: "2026-11-09", value: 1, note: "x".repeat(600_000) }] })).status).toBe(413);
  });
});

describe("GET /api/kpis", () => {
  it("lists the catalogue with targets and the latest value to any token", async () => {
    const res = await GET(new Request("http://portal.test/api/kpis", { headers: { authorization: `Bearer ${tokens.keyUser}` } }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.total).toBe(1);
    expect(body.kpis[0]).toMatchObject({ code: "ON_TIME_DELIVERY", frequency: "WEEKLY", latestPeriodStart: "2026-11-02", latestValue: 92.5, targets: [{ dueDate: "2027-02-16", value: 90 }] });
    expect((await GET(new Request("http://portal.test/api/kpis"))).status).toBe(401);
  });
});
