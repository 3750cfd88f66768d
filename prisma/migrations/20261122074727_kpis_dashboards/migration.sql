-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "KpiFrequency" AS ENUM ('DAILY', 'WEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "KpiSource" AS ENUM ('COMPUTED', 'ENTERED', 'IMPORTED');

-- CreateEnum
CREATE TYPE "KpiValueOrigin" AS ENUM ('MANUAL', 'IMPORT', 'API', 'COMPUTED', 'SEED');

-- CreateEnum
CREATE TYPE "KpiGrain" AS ENUM ('WEEK', 'MONTH', 'QUARTER');

-- CreateTable
CREATE TABLE "Kpi" (
    "id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "nameZh" VARCHAR(120) NOT NULL,
    "nameEn" VARCHAR(120) NOT NULL,
    "definitionZh" TEXT NOT NULL DEFAULT '',
    "definitionEn" TEXT NOT NULL DEFAULT '',
    "unit" VARCHAR(20) NOT NULL,
    "decimals" INTEGER NOT NULL DEFAULT 1,
    "direction" "KpiDirection" NOT NULL,
    "frequency" "KpiFrequency" NOT NULL,
    "source" "KpiSource" NOT NULL,
    "computation" VARCHAR(40),
    "baselineValue" DOUBLE PRECISION,
    "baselineDate" DATE,
    "greenWithinPct" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "amberWithinPct" DOUBLE PRECISION NOT NULL DEFAULT 10,
    "graceDays" INTEGER NOT NULL DEFAULT 3,
    "ownerId" UUID,
    "departmentId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "latestPeriodStart" DATE,
    "latestValue" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiTarget" (
    "id" UUID NOT NULL,
    "kpiId" UUID NOT NULL,
    "dueDate" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "labelZh" VARCHAR(60) NOT NULL DEFAULT '',
    "labelEn" VARCHAR(60) NOT NULL DEFAULT '',

    CONSTRAINT "KpiTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiValue" (
    "id" BIGSERIAL NOT NULL,
    "kpiId" UUID NOT NULL,
    "periodStart" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "origin" "KpiValueOrigin" NOT NULL,
    "enteredById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KpiValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiRollup" (
    "kpiId" UUID NOT NULL,
    "grain" "KpiGrain" NOT NULL,
    "periodStart" DATE NOT NULL,
    "avgValue" DOUBLE PRECISION NOT NULL,
    "lastValue" DOUBLE PRECISION NOT NULL,
    "minValue" DOUBLE PRECISION NOT NULL,
    "maxValue" DOUBLE PRECISION NOT NULL,
    "valueCount" INTEGER NOT NULL,

    CONSTRAINT "KpiRollup_pkey" PRIMARY KEY ("kpiId","grain","periodStart")
);

-- CreateTable
CREATE TABLE "KpiPin" (
    "userId" UUID NOT NULL,
    "kpiId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiPin_pkey" PRIMARY KEY ("userId","kpiId")
);

-- CreateTable
CREATE TABLE "IssueDailyStat" (
    "day" DATE NOT NULL,
    "departmentId" UUID NOT NULL,
    "module" "ErpModule" NOT NULL,
    "priority" "IssuePriority" NOT NULL,
    "created" INTEGER NOT NULL DEFAULT 0,
    "firstResponded" INTEGER NOT NULL DEFAULT 0,
    "firstResponseBreached" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolutionBreached" INTEGER NOT NULL DEFAULT 0,
    "resolutionMinutes" BIGINT NOT NULL DEFAULT 0,
    "csatCount" INTEGER NOT NULL DEFAULT 0,
    "csatSum" INTEGER NOT NULL DEFAULT 0,
    "csatSatisfied" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IssueDailyStat_pkey" PRIMARY KEY ("day","departmentId","module","priority")
);

-- CreateTable
CREATE TABLE "IssueStatDirty" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IssueStatDirty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReview" (
    "id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MonthlyReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReviewComment" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "kpiId" UUID NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "MonthlyReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReviewAction" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "ownerId" UUID,
    "dueDate" DATE,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MonthlyReviewAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_code_key" ON "Kpi"("code");

-- CreateIndex
CREATE INDEX "Kpi_departmentId_idx" ON "Kpi"("departmentId");

-- CreateIndex
CREATE INDEX "Kpi_ownerId_idx" ON "Kpi"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "KpiTarget_kpiId_dueDate_key" ON "KpiTarget"("kpiId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "KpiValue_kpiId_periodStart_key" ON "KpiValue"("kpiId", "periodStart");

-- CreateIndex
CREATE INDEX "IssueDailyStat_departmentId_day_idx" ON "IssueDailyStat"("departmentId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReview_month_key" ON "MonthlyReview"("month");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReviewComment_reviewId_kpiId_key" ON "MonthlyReviewComment"("reviewId", "kpiId");

-- CreateIndex
CREATE INDEX "Issue_firstRespondedAt_idx" ON "Issue"("firstRespondedAt");

-- CreateIndex
CREATE INDEX "Issue_csatAt_idx" ON "Issue"("csatAt");

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTarget" ADD CONSTRAINT "KpiTarget_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiRollup" ADD CONSTRAINT "KpiRollup_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiPin" ADD CONSTRAINT "KpiPin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiPin" ADD CONSTRAINT "KpiPin_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReview" ADD CONSTRAINT "MonthlyReview_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReviewComment" ADD CONSTRAINT "MonthlyReviewComment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "MonthlyReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReviewAction" ADD CONSTRAINT "MonthlyReviewAction_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "MonthlyReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReviewAction" ADD CONSTRAINT "MonthlyReviewAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Mark the instants whose local day's IssueDailyStat rows must be recomputed. Statement-level with
-- transition tables, so a COPY of 10,000 issues costs one INSERT … SELECT DISTINCT, not 10,000 calls.
-- Instants are truncated to the hour; the refresh re-reads the local days of [at, at + 1 h).
CREATE FUNCTION "issue_stat_mark_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO "IssueStatDirty" ("at")
    SELECT DISTINCT date_trunc('hour', x) FROM (
      SELECT unnest(ARRAY[o."createdAt", o."firstRespondedAt", o."resolvedAt", o."csatAt",
                          n."firstRespondedAt", n."resolvedAt", n."csatAt"]) AS x
      FROM "issue_stat_old" o JOIN "issue_stat_new" n USING ("id")
      WHERE (o."departmentId", o."module", o."priority", o."firstRespondedAt", o."firstResponseBreachedAt",
             o."resolvedAt", o."resolutionBreachedAt", o."csatScore", o."csatAt")
        IS DISTINCT FROM
            (n."departmentId", n."module", n."priority", n."firstRespondedAt", n."firstResponseBreachedAt",
             n."resolvedAt", n."resolutionBreachedAt", n."csatScore", n."csatAt")
    ) t WHERE x IS NOT NULL;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO "IssueStatDirty" ("at")
    SELECT DISTINCT date_trunc('hour', x) FROM (
      SELECT unnest(ARRAY[n."createdAt", n."firstRespondedAt", n."resolvedAt", n."csatAt"]) AS x FROM "issue_stat_new" n
    ) t WHERE x IS NOT NULL;
  ELSE
    INSERT INTO "IssueStatDirty" ("at")
    SELECT DISTINCT date_trunc('hour', x) FROM (
      SELECT unnest(ARRAY[o."createdAt", o."firstRespondedAt", o."resolvedAt", o."csatAt"]) AS x FROM "issue_stat_old" o
    ) t WHERE x IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Issue_stat_mark_insert" AFTER INSERT ON "Issue"
  REFERENCING NEW TABLE AS "issue_stat_new" FOR EACH STATEMENT EXECUTE FUNCTION "issue_stat_mark_rows"();
CREATE TRIGGER "Issue_stat_mark_update" AFTER UPDATE ON "Issue"
  REFERENCING OLD TABLE AS "issue_stat_old" NEW TABLE AS "issue_stat_new" FOR EACH STATEMENT EXECUTE FUNCTION "issue_stat_mark_rows"();
CREATE TRIGGER "Issue_stat_mark_delete" AFTER DELETE ON "Issue"
  REFERENCING OLD TABLE AS "issue_stat_old" FOR EACH STATEMENT EXECUTE FUNCTION "issue_stat_mark_rows"();
