import { z } from "zod";
import { ROLES } from "@/server/permissions";

// A plan template is data (PlanTemplate.content): phases → periods (weeks) → tasks → deliverables,
// plus milestones, gate criteria and the cutover checklist. Timing is relative: a period starts at
// week `startWeek` of the project and lasts `weeks`; a task starts `startDay` working days into its
// period and lasts `workingDays`. Instantiating with a start date turns this into dates.

const ZRole = z.enum(ROLES);

export const ZTemplateDeliverable = z.object({
  name: z.string().trim().min(1).max(160),
  acceptorRole: ZRole,
  /** Department code: narrows acceptance to that department's people (its lead). */
  acceptorDepartment: z.string().max(40).optional(),
  required: z.boolean().default(true),
});

export const ZTemplateTask = z.object({
  /** Unique within the template; dependencies refer to it. */
  key: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(4000).optional(),
  startDay: z.number().int().min(0).max(400).default(0),
  workingDays: z.number().int().min(1).max(400).default(1),
  /** Department codes and roles taking part; the seed's own words for the people go in `people`. */
  departments: z.array(z.string().max(40)).default([]),
  ownerRole: ZRole.optional(),
  people: z.string().max(200).optional(),
  dependsOn: z.array(z.string().max(40)).default([]),
  deliverables: z.array(ZTemplateDeliverable).default([]),
});

export const ZTemplatePeriod = z.object({
  label: z.string().trim().min(1).max(60),
  title: z.string().trim().min(1).max(160),
  coreContent: z.string().max(2000),
  startWeek: z.number().int().min(1).max(260),
  weeks: z.number().int().min(1).max(260),
  tasks: z.array(ZTemplateTask),
});

export const ZTemplateGateCriterion = z.object({
  kind: z.enum(["DELIVERABLES_ACCEPTED", "SATISFACTION", "KPI_THRESHOLD", "CUSTOM"]),
  description: z.string().trim().min(1).max(300),
  threshold: z.number().optional(),
});

export const ZTemplatePhase = z.object({
  code: z.string().trim().min(1).max(10),
  name: z.string().trim().min(1).max(120),
  goal: z.string().max(2000),
  periods: z.array(ZTemplatePeriod).min(1),
  gate: z.array(ZTemplateGateCriterion).default([]),
});

export const ZTemplateCutoverItem = z.object({
  category: z.string().max(40),
  title: z.string().trim().min(1).max(200),
  ownerRole: ZRole.optional(),
  blocking: z.boolean().default(true),
});

export const ZTemplateContent = z
  .object({
    schemaVersion: z.literal(1),
    phases: z.array(ZTemplatePhase).min(1),
    cutover: z.array(ZTemplateCutoverItem).default([]),
    /** Week whose start the go-live date is proposed from (rounded to the first day of a month). */
    goLiveWeek: z.number().int().min(1).max(260),
    /** Months of hypercare and early support after go-live. */
    hypercareMonths: z.number().int().min(0).max(24).default(3),
  })
  .superRefine((content, ctx) => {
    const keys = new Set<string>();
    for (const phase of content.phases)
      for (const period of phase.periods)
        for (const task of period.tasks) {
          if (keys.has(task.key)) ctx.addIssue({ code: "custom", message: `duplicate task key ${task.key}` });
          keys.add(task.key);
        }
    for (const phase of content.phases)
      for (const period of phase.periods)
        for (const task of period.tasks)
          for (const dep of task.dependsOn)
            if (!keys.has(dep)) ctx.addIssue({ code: "custom", message: `task ${task.key} depends on unknown task ${dep}` });
  });

export type TemplateContent = z.infer<typeof ZTemplateContent>;
export type TemplatePhase = z.infer<typeof ZTemplatePhase>;
export type TemplatePeriod = z.infer<typeof ZTemplatePeriod>;
export type TemplateTask = z.infer<typeof ZTemplateTask>;
export type TemplateDeliverable = z.infer<typeof ZTemplateDeliverable>;
export type TemplateInput = z.input<typeof ZTemplateContent>;
