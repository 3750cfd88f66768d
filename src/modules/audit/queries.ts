import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { first } from "@/lib/list-params";
import { db } from "@/server/db";

export interface AuditFilter {
  q: string;
  entityType?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

export function parseAuditFilter(raw: Record<string, string | string[] | undefined>, q: string): AuditFilter {
  const one = (v: string | string[] | undefined) => first(v)?.trim() || undefined;
  const date = (v: string | undefined, endOfDay: boolean) => {
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
    // Dates are picked in the portal's zone (China, UTC+8, no daylight saving).
    const d = new Date(`${v}T${endOfDay ? "23:59:59.999" : "00:00:00"}+08:00`);
    return Number.isNaN(d.getTime()) ? undefined : d;
  };
  return {
    q,
    entityType: one(raw.entity)?.slice(0, 60),
    action: one(raw.action)?.slice(0, 80),
    from: date(one(raw.from), false),
    to: date(one(raw.to), true),
  };
}

function where(f: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    ...(f.q ? { OR: [{ actorEmail: { contains: f.q, mode: "insensitive" } }, { entityId: { contains: f.q } }] } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.from || f.to ? { at: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) } } : {}),
  };
}

export async function listAudit(f: AuditFilter, dir: "asc" | "desc", page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where: where(f), orderBy: [{ at: dir }, { id: dir }], skip: (page - 1) * pageSize, take: pageSize }),
    db.auditLog.count({ where: where(f) }),
  ]);
  return { rows, total };
}

export function exportAudit(f: AuditFilter, dir: "asc" | "desc") {
  return db.auditLog.findMany({ where: where(f), orderBy: [{ at: dir }, { id: dir }], take: 100_000 });
}

/** The values the filter drop-downs offer, read from what has actually been recorded. */
export async function auditFacets() {
  const [entities, actions] = await Promise.all([
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { entityTypes: entities.map((e) => e.entityType), actions: actions.map((a) => a.action) };
}

export function recentAudit(options: { actorId?: string; take: number }) {
  return db.auditLog.findMany({
    where: options.actorId ? { actorId: options.actorId } : {},
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: options.take,
  });
}
