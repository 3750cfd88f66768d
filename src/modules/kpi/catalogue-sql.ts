import "server-only";
import { Prisma } from "@/generated/prisma/client";

// The catalogue filters and sorts by status in the database, so the status is also computed there: the
// same target path as logic/targets.ts (baseline, then each dated target after it; flat outside) and the
// same thresholds as logic/status.ts. tests/integration/kpi-catalogue.test.ts checks both agree.

/** The value the target path expects at the KPI's latest period (k = the "Kpi" row). */
export const EXPECTED_AT_LATEST = Prisma.sql`(
  WITH pts AS (
    SELECT k."baselineDate" AS day, k."baselineValue" AS value
    WHERE k."baselineValue" IS NOT NULL AND k."baselineDate" IS NOT NULL
    UNION ALL
    SELECT t."dueDate", t.value FROM "KpiTarget" t
    WHERE t."kpiId" = k.id AND (k."baselineValue" IS NULL OR k."baselineDate" IS NULL OR t."dueDate" > k."baselineDate")
  )
  SELECT CASE
    WHEN NOT EXISTS (SELECT 1 FROM pts) THEN k."baselineValue"
    WHEN p.day IS NULL THEN n.value
    WHEN n.day IS NULL OR n.day = p.day THEN COALESCE(n.value, p.value)
    ELSE p.value + (n.value - p.value) * (k."latestPeriodStart" - p.day)::float8 / (n.day - p.day)
  END
  FROM (SELECT 1) one
  LEFT JOIN LATERAL (SELECT day, value FROM pts WHERE day <= k."latestPeriodStart" ORDER BY day DESC LIMIT 1) p ON true
  LEFT JOIN LATERAL (SELECT day, value FROM pts WHERE day >= k."latestPeriodStart" ORDER BY day ASC LIMIT 1) n ON true
)`;

/** GREEN / AMBER / RED / NONE from the latest value and the expected one (x = a row with "expected"). */
export function statusSql(value: Prisma.Sql, expected: Prisma.Sql): Prisma.Sql {
  const shortfall = Prisma.sql`(CASE WHEN k.direction = 'HIGHER_IS_BETTER' THEN ${expected} - ${value} ELSE ${value} - ${expected} END)`;
  const pct = Prisma.sql`(CASE WHEN ${shortfall} <= 0 THEN 0::float8 WHEN ${expected} = 0 THEN 'Infinity'::float8 ELSE ${shortfall} / abs(${expected}) * 100 END)`;
  return Prisma.sql`(CASE
    WHEN ${value} IS NULL OR ${expected} IS NULL THEN 'NONE'
    WHEN ${pct} <= k."greenWithinPct" + 1e-9 THEN 'GREEN'
    WHEN ${pct} <= k."amberWithinPct" + 1e-9 THEN 'AMBER'
    ELSE 'RED' END)`;
}
