import { createProjectFromTemplate } from "@/modules/plan/instantiate";
import { SEED_002_TEMPLATE } from "@/modules/plan/template/seed-002";
import { ZTemplateContent } from "@/modules/plan/template/types";
import { day } from "@/modules/plan/dates";
import { db } from "./db";

export const SEED_TEMPLATE = ZTemplateContent.parse(SEED_002_TEMPLATE);

export async function resetPlanTables(): Promise<void> {
  await db.$executeRawUnsafe(`TRUNCATE "Project", "PlanTemplate", "StoredFile" CASCADE`);
}

/** A project from the seed-002 template, started on a Monday. */
export async function makeProject(managerId: string, code = "P-1", start = "2026-01-05") {
  return db.$transaction((tx) => createProjectFromTemplate(tx, SEED_TEMPLATE, { code, name: `Project ${code}`, startDate: day(start), managerId }), { timeout: 60_000 });
}

export function taskByTitle(projectId: string, prefix: string) {
  return db.task.findFirstOrThrow({ where: { projectId, title: { startsWith: prefix } } });
}
