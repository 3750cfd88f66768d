import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { toDay } from "@/modules/kpi/logic";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { ActionError, ConflictError } from "@/server/errors";
import { isFutureMonth } from "../month";
import { actionStamp } from "../review-stamp";
import { ZAddReviewAction, ZRemoveReviewAction, ZSaveReview, ZUpdateReviewAction } from "../schemas";

const REVALIDATE = ["/reports/monthly"];
const ACTION_SELECT = { id: true, reviewId: true, title: true, ownerId: true, dueDate: true, done: true, position: true } as const;

function monthDate(day: string) {
  return new Date(`${day}T00:00:00.000Z`);
}

/** A month still to come has nothing to review yet. */
function assertReviewable(month: string, today: Date) {
  if (isFutureMonth(month, toDay(today))) throw new ActionError("dashboards.errors.futureMonth", {}, "month");
}

async function snapshot(tx: Tx, reviewId: string) {
  const review = await tx.monthlyReview.findUniqueOrThrow({
    where: { id: reviewId },
    select: { id: true, month: true, summary: true, version: true, comments: { select: { kpiId: true, body: true }, orderBy: { kpiId: "asc" } } },
  });
  return review;
}

async function assertOwner(tx: Tx, ownerId: string | null) {
  if (ownerId && !(await tx.user.findFirst({ where: { id: ownerId, active: true }, select: { id: true } }))) {
    throw new ActionError("dashboards.errors.ownerUnknown", {}, "ownerId");
  }
}

/** The month's review, created empty when the first action is added to it. */
async function reviewFor(tx: Tx, month: string, actorId: string) {
  const existing = await tx.monthlyReview.findUnique({ where: { month: monthDate(month) }, select: { id: true } });
  if (existing) return existing.id;
  // Two editors adding the first action at once: the unique month makes one of them wait, then both use it.
  await tx.$executeRaw`INSERT INTO "MonthlyReview" ("id", "month", "updatedById", "updatedAt") VALUES (gen_random_uuid(), ${month}::date, ${actorId}::uuid, now()) ON CONFLICT ("month") DO NOTHING`;
  return (await tx.monthlyReview.findUniqueOrThrow({ where: { month: monthDate(month) }, select: { id: true } })).id;
}

export const saveMonthlyReview = defineAction({
  name: "dashboards.saveReview",
  permission: "report.monthly.edit",
  input: ZSaveReview,
  successMessage: "dashboards.monthly.saved",
  revalidate: REVALIDATE,
  async handler(input, { tx, actor, today, audit }) {
    assertReviewable(input.month, today);
    const kpiIds = input.comments.map((c) => c.kpiId);
    const known = await tx.kpi.count({ where: { id: { in: kpiIds } } });
    if (known !== new Set(kpiIds).size) throw new ActionError("dashboards.errors.kpiUnknown");
    const existing = await tx.monthlyReview.findUnique({ where: { month: monthDate(input.month) }, select: { id: true, version: true } });
    let reviewId: string;
    let before: Awaited<ReturnType<typeof snapshot>> | null = null;
    if (!existing) {
      // Version 0 means "the form was opened before any review existed"; anything else is stale.
      if (input.version !== 0) throw new ConflictError();
      try {
        reviewId = (await tx.monthlyReview.create({ data: { month: monthDate(input.month), summary: input.summary, updatedById: actor.id }, select: { id: true } })).id;
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new ConflictError();
        throw err;
      }
    } else {
      before = await snapshot(tx, existing.id);
      const { count } = await tx.monthlyReview.updateMany({
        where: { id: existing.id, version: input.version },
        data: { summary: input.summary, updatedById: actor.id, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError();
      reviewId = existing.id;
    }
    for (const c of input.comments) {
      if (!c.body) await tx.monthlyReviewComment.deleteMany({ where: { reviewId, kpiId: c.kpiId } });
      else await tx.monthlyReviewComment.upsert({ where: { reviewId_kpiId: { reviewId, kpiId: c.kpiId } }, create: { reviewId, kpiId: c.kpiId, body: c.body }, update: { body: c.body } });
    }
    const after = await snapshot(tx, reviewId);
    await audit({ action: before ? "update" : "create", entityType: "MonthlyReview", entityId: reviewId, before, after });
    return { id: reviewId, version: after.version };
  },
});

export const addMonthlyReviewAction = defineAction({
  name: "dashboards.addAction",
  permission: "report.monthly.edit",
  input: ZAddReviewAction,
  successMessage: "dashboards.monthly.actionAdded",
  revalidate: REVALIDATE,
  async handler(input, { tx, actor, today, audit }) {
    assertReviewable(input.month, today);
    await assertOwner(tx, input.ownerId);
    const reviewId = await reviewFor(tx, input.month, actor.id);
    const last = await tx.monthlyReviewAction.aggregate({ where: { reviewId }, _max: { position: true } });
    const row = await tx.monthlyReviewAction.create({
      data: { reviewId, title: input.title, ownerId: input.ownerId, dueDate: input.dueDate ? monthDate(input.dueDate) : null, position: (last._max.position ?? -1) + 1 },
      select: ACTION_SELECT,
    });
    await audit({ action: "create", entityType: "MonthlyReviewAction", entityId: row.id, after: row });
    return { id: row.id };
  },
});

/** Locks the action row and checks it still looks as the editor saw it. */
async function lockedAction(tx: Tx, id: string, stamp: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "MonthlyReviewAction" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!locked.length) throw new ActionError("dashboards.errors.actionGone");
  const row = await tx.monthlyReviewAction.findUniqueOrThrow({ where: { id }, select: ACTION_SELECT });
  if (actionStamp(row) !== stamp) throw new ConflictError();
  return row;
}

export const updateMonthlyReviewAction = defineAction({
  name: "dashboards.updateAction",
  permission: "report.monthly.edit",
  input: ZUpdateReviewAction,
  successMessage: "dashboards.monthly.actionSaved",
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    const before = await lockedAction(tx, input.id, input.stamp);
    await assertOwner(tx, input.ownerId);
    const after = await tx.monthlyReviewAction.update({
      where: { id: input.id },
      data: { title: input.title, ownerId: input.ownerId, dueDate: input.dueDate ? monthDate(input.dueDate) : null, done: input.done },
      select: ACTION_SELECT,
    });
    await audit({ action: "update", entityType: "MonthlyReviewAction", entityId: input.id, before, after });
    return { id: input.id, stamp: actionStamp(after) };
  },
});

export const removeMonthlyReviewAction = defineAction({
  name: "dashboards.removeAction",
  permission: "report.monthly.edit",
  input: ZRemoveReviewAction,
  successMessage: "dashboards.monthly.actionRemoved",
  revalidate: REVALIDATE,
  async handler(input, { tx, audit }) {
    const before = await lockedAction(tx, input.id, input.stamp);
    await tx.monthlyReviewAction.delete({ where: { id: input.id } });
    await audit({ action: "delete", entityType: "MonthlyReviewAction", entityId: input.id, before });
    return { id: input.id };
  },
});
