import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { KpiDirection, KpiFrequency, KpiSource } from "@/generated/prisma/enums";
import { first } from "@/lib/list-params";
import { db } from "@/server/db";
import { rolesWith } from "@/server/permissions";
import { EXPECTED_AT_LATEST, statusSql } from "./catalogue-sql";
import { kpiHealth } from "./health";
import type { KpiStatus } from "./logic";

export const KPI_SORTS = ["code", "name", "department", "owner", "latest", "status", "nextDue"] as const;
export type KpiSort = (typeof KPI_SORTS)[number];
export const KPI_STATUSES = ["GREEN", "AMBER", "RED", "NONE"] as const;
const SOURCES = ["COMPUTED", "ENTERED", "IMPORTED"] as const;
const FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY"] as const;
const STATES = ["active", "archived", "all"] as const;

export interface KpiFilter {
  q: string;
  /** A department id, "company" for company-wide KPIs, or undefined for all. */
  department?: string;
  source?: KpiSource;
  status?: KpiStatus;
  frequency?: KpiFrequency;
  state: (typeof STATES)[number];
}

const pick = <T extends string>(allowed: readonly T[], v: string | undefined): T | undefined => (allowed as readonly string[]).includes(v ?? "") ? (v as T) : undefined;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** ?dept=&source=&status=&freq=&state= — anything unknown is ignored. */
export function parseKpiFilter(raw: Record<string, string | string[] | undefined>, q: string): KpiFilter {
  const dept = first(raw.dept);
  return {
    q,
    department: dept === "company" || (dept && UUID.test(dept)) ? dept : undefined,
    source: pick(SOURCES, first(raw.source)),
    status: pick(KPI_STATUSES, first(raw.status)),
    frequency: pick(FREQUENCIES, first(raw.freq)),
    state: pick(STATES, first(raw.state)) ?? "active",
  };
}

export interface KpiRow {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  decimals: number;
  direction: KpiDirection;
  frequency: KpiFrequency;
  source: KpiSource;
  active: boolean;
  departmentId: string | null;
  deptZh: string | null;
  deptEn: string | null;
  ownerId: string | null;
  ownerName: string | null;
  baselineValue: number | null;
  baselineDate: Date | null;
  greenWithinPct: number;
  amberWithinPct: number;
  graceDays: number;
  latestPeriodStart: Date | null;
  latestValue: number | null;
  createdAt: Date;
  expected: number | null;
  status: KpiStatus;
  nextDue: Date | null;
  pinned: boolean;
}

function whereSql(f: KpiFilter): Prisma.Sql {
  const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const conditions = [
    ...(f.state === "all" ? [] : [Prisma.sql`x.active = ${f.state === "active"}`]),
    ...(f.q ? [Prisma.sql`(x.code ILIKE ${like} OR x."nameZh" ILIKE ${like} OR x."nameEn" ILIKE ${like})`] : []),
    ...(f.department === "company" ? [Prisma.sql`x."departmentId" IS NULL`] : f.department ? [Prisma.sql`x."departmentId" = ${f.department}::uuid`] : []),
    ...(f.source ? [Prisma.sql`x.source = ${f.source}::"KpiSource"`] : []),
    ...(f.frequency ? [Prisma.sql`x.frequency = ${f.frequency}::"KpiFrequency"`] : []),
    ...(f.status ? [Prisma.sql`x.status = ${f.status}`] : []),
  ];
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

function orderSql(sort: KpiSort, dir: "asc" | "desc", locale: string): Prisma.Sql {
  const d = Prisma.raw(dir === "desc" ? "DESC" : "ASC");
  const en = locale === "en";
  switch (sort) {
    case "name":
      return en ? Prisma.sql`x."nameEn" ${d}, x.code` : Prisma.sql`x."nameZh" ${d}, x.code`;
    case "department":
      return Prisma.sql`${Prisma.raw(en ? `x."deptEn"` : `x."deptZh"`)} ${d} NULLS FIRST, x.code`;
    case "owner":
      return Prisma.sql`x."ownerName" ${d} NULLS LAST, x.code`;
    case "latest":
      return Prisma.sql`x."latestPeriodStart" ${d} NULLS LAST, x.code`;
    case "status":
      // Worst first when ascending: what needs attention leads.
      return Prisma.sql`array_position(ARRAY['RED','AMBER','GREEN','NONE'], x.status) ${d}, x.code`;
    case "nextDue":
      return Prisma.sql`x."nextDue" ${d} NULLS LAST, x.code`;
    default:
      return Prisma.sql`x.code ${d}`;
  }
}

function selectKpis(f: KpiFilter, today: string, userId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT * FROM (
      SELECT k.id, k.code, k."nameZh", k."nameEn", k.unit, k.decimals, k.direction, k.frequency, k.source, k.active,
             k."departmentId", d."nameZh" AS "deptZh", d."nameEn" AS "deptEn", k."ownerId", u.name AS "ownerName",
             k."baselineValue", k."baselineDate", k."greenWithinPct", k."amberWithinPct", k."graceDays",
             k."latestPeriodStart", k."latestValue", k."createdAt", e.expected,
             ${statusSql(Prisma.sql`k."latestValue"`, Prisma.sql`e.expected`)} AS status,
             (SELECT min(t."dueDate") FROM "KpiTarget" t WHERE t."kpiId" = k.id AND t."dueDate" >= ${today}::date) AS "nextDue",
             EXISTS (SELECT 1 FROM "KpiPin" p WHERE p."kpiId" = k.id AND p."userId" = ${userId}::uuid) AS pinned
      FROM "Kpi" k
      LEFT JOIN "Department" d ON d.id = k."departmentId"
      LEFT JOIN "User" u ON u.id = k."ownerId"
      CROSS JOIN LATERAL (SELECT ${EXPECTED_AT_LATEST} AS expected) e
    ) x
    ${whereSql(f)}`;
}

export interface ListOptions {
  sort: KpiSort;
  dir: "asc" | "desc";
  locale: string;
  today: string;
  userId: string;
}

/** One page of the catalogue, filtered, sorted and paginated in the database. */
export async function listKpis(f: KpiFilter, o: ListOptions, page: number, pageSize: number) {
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<KpiRow[]>`${selectKpis(f, o.today, o.userId)} ORDER BY ${orderSql(o.sort, o.dir, o.locale)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${selectKpis(f, o.today, o.userId)}) c`,
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** Every matching KPI for the Excel export (a catalogue holds dozens to hundreds). */
export function exportKpis(f: KpiFilter, o: ListOptions) {
  return db.$queryRaw<KpiRow[]>`${selectKpis(f, o.today, o.userId)} ORDER BY ${orderSql(o.sort, o.dir, o.locale)} LIMIT 5000`;
}

/** The dated targets of some KPIs, in date order, keyed by KPI. */
export async function targetsOf(kpiIds: string[]) {
  const rows = kpiIds.length
    ? await db.kpiTarget.findMany({ where: { kpiId: { in: kpiIds } }, orderBy: { dueDate: "asc" }, select: { kpiId: true, dueDate: true, value: true, labelZh: true, labelEn: true } })
    : [];
  const byKpi = new Map<string, typeof rows>();
  for (const r of rows) byKpi.set(r.kpiId, [...(byKpi.get(r.kpiId) ?? []), r]);
  return byKpi;
}

/** Departments that own KPIs or could, for the filter and the form. */
export function departmentOptions() {
  return db.department.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
}

/** Active users who may own a KPI (the owner enters its values, so only roles that may), for the owner picker. */
export function ownerOptions() {
  return db.user.findMany({
    where: { active: true, role: { in: rolesWith("kpi.value.enter") } },
    orderBy: [{ department: { code: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, role: true, department: { select: { nameZh: true, nameEn: true } } },
  });
}

/** Catalogue rows with their health (status, timeliness, next target) computed by the shared rules. */
export async function withHealth(rows: KpiRow[], today: string) {
  const targets = await targetsOf(rows.map((r) => r.id));
  return rows.map((row) => ({ row, health: kpiHealth(row, targets.get(row.id) ?? [], today) }));
}
