import "server-only";
import { defineAction } from "@/server/action";
import { ActionError, ConflictError } from "@/server/errors";
import { can } from "@/server/permissions";
import { day } from "../dates";
import { createProjectFromTemplate } from "../instantiate";
import { canStartPhase, gatePassed, readiness } from "../rules";
import { ZCreateProject, ZGateCriterion, ZGateReview, ZRecordGoLive, ZSaveBaseline, ZStartPhase } from "../schemas";
import { ZTemplateContent } from "../template/types";

export const createProject = defineAction({
  name: "plan.createProject",
  permission: "plan.edit",
  input: ZCreateProject,
  successMessage: "plan.project.created",
  revalidate: ["/plan"],
  async handler(input, { tx, actor, audit }) {
    const template = await tx.planTemplate.findUnique({ where: { id: input.templateId } });
    if (!template) throw new ActionError("errors.notFound", {}, "templateId");
    if (await tx.project.findUnique({ where: { code: input.code } })) throw new ActionError("errors.plan.codeTaken", {}, "code");
    const content = ZTemplateContent.safeParse(template.content);
    if (!content.success) throw new ActionError("errors.plan.templateInvalid", {}, "templateId");
    const { project, taskCount } = await createProjectFromTemplate(tx, content.data, {
      code: input.code,
      name: input.name,
      description: input.description ?? undefined,
      startDate: day(input.startDate),
      managerId: actor.id,
      templateName: template.name,
    });
    await audit({ action: "create", entityType: "Project", entityId: project.id, after: { ...project, template: template.name, tasks: taskCount } });
    return { id: project.id };
  },
});

export const saveBaseline = defineAction({
  name: "plan.saveBaseline",
  permission: "plan.edit",
  input: ZSaveBaseline,
  successMessage: "plan.baseline.saved",
  revalidate: ["/plan"],
  async handler(input, { tx, actor, audit }) {
    if (!(await tx.project.findUnique({ where: { id: input.projectId } }))) throw new ActionError("errors.notFound");
    const baseline = await tx.baseline.create({ data: { projectId: input.projectId, name: input.name, createdById: actor.id } });
    // One INSERT … SELECT: a 2,000-task plan is copied without a round trip per task.
    const copied = await tx.$executeRaw`
      INSERT INTO "BaselineTask" ("baselineId", "taskId", "plannedStart", "plannedEnd")
      SELECT ${baseline.id}::uuid, id, "plannedStart", "plannedEnd" FROM "Task" WHERE "projectId" = ${input.projectId}::uuid`;
    await audit({ action: "saveBaseline", entityType: "Project", entityId: input.projectId, after: { baseline: input.name, tasks: copied } });
    return { id: baseline.id };
  },
});

export const recordGateReview = defineAction({
  name: "plan.recordGateReview",
  permission: "plan.gate.decide",
  input: ZGateReview,
  successMessage: "plan.gate.recorded",
  revalidate: ["/plan"],
  async handler(input, { tx, actor, audit }) {
    const phase = await tx.phase.findUnique({ where: { id: input.phaseId }, include: { gateCriteria: { orderBy: { seq: "asc" } } } });
    if (!phase) throw new ActionError("errors.notFound");
    // A pass needs the phase's required deliverables accepted; the reviewer sees that on the page.
    const openDeliverables = await tx.deliverable.count({ where: { task: { period: { phaseId: phase.id } }, required: true, status: { not: "ACCEPTED" } } });
    if (input.decision === "PASS" && openDeliverables > 0) throw new ActionError("errors.plan.gateDeliverablesOpen", { count: openDeliverables }, "decision");
    const review = await tx.gateReview.create({
      data: {
        phaseId: phase.id,
        decision: input.decision,
        conditions: input.conditions,
        notes: input.notes,
        decidedById: actor.id,
        criteria: { openRequiredDeliverables: openDeliverables, criteria: phase.gateCriteria.map((c) => ({ kind: c.kind, description: c.description, threshold: c.threshold, actual: c.actual, met: c.met })) },
      },
    });
    await audit({ action: "gateReview", entityType: "Phase", entityId: phase.id, after: { phase: phase.code, decision: input.decision, conditions: input.conditions, notes: input.notes } });
    return { id: review.id };
  },
});

export const updateGateCriterion = defineAction({
  name: "plan.updateGateCriterion",
  permission: "plan.edit",
  input: ZGateCriterion,
  revalidate: ["/plan"],
  async handler(input, { tx, audit }) {
    const before = await tx.gateCriterion.findUnique({ where: { id: input.id } });
    if (!before) throw new ActionError("errors.notFound");
    const after = await tx.gateCriterion.update({ where: { id: input.id }, data: { actual: input.actual, met: input.met } });
    await audit({ action: "update", entityType: "GateCriterion", entityId: input.id, before, after });
    return null;
  },
});

export const startPhase = defineAction({
  name: "plan.startPhase",
  // PMs start phases; executives too, since only they may override an open gate.
  permission: "plan.gate.decide",
  input: ZStartPhase,
  successMessage: "plan.phase.started",
  revalidate: ["/plan"],
  async handler(input, { tx, actor, audit }) {
    const phase = await tx.phase.findUnique({ where: { id: input.phaseId } });
    if (!phase) throw new ActionError("errors.notFound");
    const previous = await tx.phase.findFirst({ where: { projectId: phase.projectId, seq: phase.seq - 1 }, include: { gateReviews: true } });
    // The override is an executive's call, made explicitly with a reason.
    const override = Boolean(input.overrideReason);
    if (override && !can(actor.role, "plan.override")) throw new ActionError("errors.plan.overrideNotAllowed", {}, "overrideReason");
    const check = canStartPhase(phase, previous ? previous.gateReviews : null, override);
    if (!check.allowed && check.reason === "previousGateOpen" && can(actor.role, "plan.override")) {
      throw new ActionError("errors.plan.overrideReasonRequired", {}, "overrideReason");
    }
    if (!check.allowed) throw new ActionError(check.reason === "alreadyStarted" ? "errors.plan.phaseStarted" : "errors.plan.gateNotPassed");
    const { count } = await tx.phase.updateMany({
      where: { id: phase.id, version: input.version },
      data: { startedAt: new Date(), startedById: actor.id, startOverrideReason: override ? input.overrideReason : null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await audit({ action: override ? "startPhaseOverride" : "startPhase", entityType: "Phase", entityId: phase.id, after: { phase: phase.code, overrideReason: input.overrideReason } });
    if (phase.seq === 1) await tx.project.update({ where: { id: phase.projectId }, data: { status: "ACTIVE" } });
    return null;
  },
});

export const recordGoLive = defineAction({
  name: "plan.recordGoLive",
  permission: "plan.gate.decide",
  input: ZRecordGoLive,
  successMessage: "plan.goLive.recorded",
  revalidate: ["/plan"],
  async handler(input, { tx, actor, audit, today }) {
    const project = await tx.project.findUnique({ where: { id: input.projectId }, include: { cutoverItems: true, phases: { include: { gateReviews: true } } } });
    if (!project) throw new ActionError("errors.notFound");
    if (project.actualGoLive) throw new ActionError("errors.plan.goLiveRecorded");
    const date = day(input.date);
    // Go-live is recorded when it happens, not planned ahead (the planned date lives on the project).
    if (date > today) throw new ActionError("errors.plan.goLiveFuture", {}, "date");
    const ready = readiness(project.cutoverItems);
    const override = Boolean(input.overrideReason);
    if (ready.openBlocking > 0 && !override) throw new ActionError("errors.plan.blockingItemsOpen", { count: ready.openBlocking });
    // Phases planned to end before go-live must have passed their gates.
    const openGates = project.phases.filter((p) => p.plannedEnd < date && !gatePassed(p.gateReviews)).length;
    if (openGates > 0 && !override) throw new ActionError("errors.plan.gatesOpenBeforeGoLive", { count: openGates });
    if (override && !can(actor.role, "plan.override")) throw new ActionError("errors.plan.overrideNotAllowed", {}, "overrideReason");
    const { count } = await tx.project.updateMany({
      where: { id: project.id, version: input.version },
      data: { actualGoLive: date, status: "HYPERCARE", goLiveOverrideReason: override ? input.overrideReason : null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await tx.milestone.create({ data: { projectId: project.id, kind: "ACTUAL_GO_LIVE", name: "实际上线", date, achievedAt: date } });
    await audit({ action: override ? "goLiveOverride" : "goLive", entityType: "Project", entityId: project.id, after: { actualGoLive: input.date, readiness: ready.score, openBlocking: ready.openBlocking, openGates, overrideReason: input.overrideReason } });
    return null;
  },
});
