import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import { topologicalOrder } from "../schedule";
import { ZTemplateContent, type TemplateContent } from "../template/types";
import { loadPlanSnapshot } from "./queries";
import { readWorkbook, type RawWorkbook } from "./read-workbook";
import { MAX_JSON_MB, MAX_XLSX_MB, ZImportPlanXlsx, ZImportTemplateJson, ZSaveAsTemplate } from "./schemas";
import { templateFromPlan } from "./to-template";
import { mentionedEmails, validatePlan, type RowError } from "./validate";
import { writeImportedPlan } from "./write";

/** Row errors come back as data (with nothing written): a failed ActionResult carries no payload. */
export type PlanImportResult =
  | { created: true; projectId: string; code: string; taskCount: number }
  | { created: false; errors: RowError[] };

const E = "planTransfer.errors.";

async function readUpload(file: File, maxMb: number, extension: string): Promise<Buffer> {
  if (file.size > maxMb * 1024 * 1024) throw new ActionError(`${E}fileTooLarge`, { max: maxMb }, "file");
  if (!file.name.toLowerCase().endsWith(extension)) throw new ActionError(extension === ".xlsx" ? `${E}notXlsx` : `${E}notJson`, {}, "file");
  return Buffer.from(await file.arrayBuffer());
}

const isUniqueViolation = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

export const importPlanXlsx = defineAction({
  name: "plan.importXlsx",
  permission: "plan.edit",
  input: ZImportPlanXlsx,
  revalidate: ["/plan"],
  async handler(input, { tx, actor, audit }): Promise<PlanImportResult> {
    if (await tx.project.findUnique({ where: { code: input.code }, select: { id: true } })) throw new ActionError(`${E}codeTaken`, {}, "code");
    const bytes = await readUpload(input.file, MAX_XLSX_MB, ".xlsx");
    let workbook: RawWorkbook;
    try {
      workbook = await readWorkbook(bytes);
    } catch {
      throw new ActionError(`${E}unreadable`, {}, "file");
    }

    const emails = mentionedEmails(workbook);
    const users = emails.length ? await tx.user.findMany({ where: { email: { in: emails }, active: true }, select: { id: true, email: true } }) : [];
    const departments = await tx.department.findMany({ select: { id: true, code: true } });
    const userIds = new Map(users.map((u) => [u.email.toLowerCase(), u.id]));
    const departmentIds = new Map(departments.map((d) => [d.code, d.id]));
    const result = validatePlan(workbook, { userId: (e) => userIds.get(e), departmentId: (c) => departmentIds.get(c) });
    if (!result.ok) return { created: false, errors: result.errors };

    try {
      const { projectId, counts } = await writeImportedPlan(tx, result.plan, { code: input.code, name: input.name, managerId: actor.id });
      await audit({ action: "importXlsx", entityType: "Project", entityId: projectId, after: { code: input.code, name: input.name, fileName: input.file.name, ...counts } });
      return { created: true, projectId, code: input.code, taskCount: counts.tasks };
    } catch (err) {
      if (isUniqueViolation(err)) throw new ActionError(`${E}codeTaken`, {}, "code"); // created meanwhile by someone else
      throw err;
    }
  },
});

async function storeTemplate(tx: Tx, data: { name: string; description?: string; content: TemplateContent; createdById: string }) {
  if (await tx.planTemplate.findUnique({ where: { name: data.name }, select: { id: true } })) throw new ActionError(`${E}templateNameTaken`, {}, "name");
  try {
    return await tx.planTemplate.create({ data: { ...data, builtIn: false }, select: { id: true, name: true } });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ActionError(`${E}templateNameTaken`, {}, "name");
    throw err;
  }
}

export const saveProjectAsTemplate = defineAction({
  name: "plan.saveAsTemplate",
  permission: "plan.edit",
  input: ZSaveAsTemplate,
  successMessage: "planTransfer.template.saved",
  revalidate: ["/plan"],
  async handler(input, { tx, actor, audit }) {
    const plan = await loadPlanSnapshot(input.projectId, tx);
    if (!plan) throw new ActionError("errors.notFound");
    const draft = templateFromPlan(plan);
    if (!draft) throw new ActionError(`${E}emptyProject`);
    // Parsing fills defaults and proves the template instantiates like any other.
    const content = ZTemplateContent.parse(draft);
    const template = await storeTemplate(tx, { name: input.name, description: input.description, content, createdById: actor.id });
    await audit({ action: "saveFromProject", entityType: "PlanTemplate", entityId: template.id, after: { name: template.name, projectId: plan.project.id, projectCode: plan.project.code } });
    return { id: template.id };
  },
});

export const importTemplateJson = defineAction({
  name: "plan.importTemplate",
  permission: "plan.edit",
  input: ZImportTemplateJson,
  successMessage: "planTransfer.template.imported",
  revalidate: ["/plan"],
  async handler(input, { tx, actor, audit }) {
    const bytes = await readUpload(input.file, MAX_JSON_MB, ".json");
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
    } catch {
      throw new ActionError(`${E}jsonSyntax`, {}, "file");
    }
    const parsed = ZTemplateContent.safeParse(json);
    if (!parsed.success) {
      // Paths say where; zod's own wording is English, so it is kept only for whole-file rules.
      const issues = parsed.error.issues.slice(0, 5).map((i) => (i.path.length ? i.path.join(".") : i.message));
      if (parsed.error.issues.length > 5) issues.push(`… (+${parsed.error.issues.length - 5})`);
      throw new ActionError(`${E}templateInvalid`, { issues: issues.join("; ") }, "file");
    }
    try {
      topologicalOrder(parsed.data.phases.flatMap((ph) => ph.periods.flatMap((pe) => pe.tasks)));
    } catch {
      throw new ActionError(`${E}templateCycle`, {}, "file");
    }
    // The exported file carries its name and description beside the content (see the export route).
    const meta = (json ?? {}) as { name?: unknown; description?: unknown };
    const name = input.name ?? (typeof meta.name === "string" ? meta.name.trim().slice(0, 120) : "");
    if (!name) throw new ActionError(`${E}templateNameRequired`, {}, "name");
    const description = input.description ?? (typeof meta.description === "string" ? meta.description.slice(0, 2000) : undefined);
    const template = await storeTemplate(tx, { name, description, content: parsed.data, createdById: actor.id });
    await audit({ action: "importJson", entityType: "PlanTemplate", entityId: template.id, after: { name, fileName: input.file.name } });
    return { id: template.id };
  },
});
