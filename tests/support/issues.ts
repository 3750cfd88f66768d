import { db } from "@/server/db";

/** Empties everything the issues module writes, plus its configuration. */
export async function resetIssueTables(): Promise<void> {
  await db.$executeRawUnsafe(
    `TRUNCATE "Issue", "IssueEvent", "IssueEscalation", "Notification", "OutboundMessage", "StoredFile", "HelpArticle",
      "RoutingRule", "SupportGroup", "SlaPolicy", "WorkCalendar" RESTART IDENTITY CASCADE`,
  );
}

/** Targets in minutes per priority: [first response, resolution]. */
export const WALL_TARGETS = { P1: [60, 240], P2: [120, 480], P3: [240, 1440], P4: [480, 4320] } as const;

/** A wall-clock default policy (easy arithmetic) and a finance group routed to `assigneeId`. */
export async function makeSupportSetup(options: { leadId?: string; assigneeId?: string; memberIds?: string[] } = {}) {
  const policy = await db.slaPolicy.create({
    data: {
      code: "TEST", nameZh: "测试", nameEn: "Test", mode: "WALL_CLOCK", isDefault: true,
      targets: { create: Object.entries(WALL_TARGETS).map(([priority, [fr, res]]) => ({ priority: priority as "P1", firstResponseMinutes: fr, resolutionMinutes: res })) },
    },
  });
  const group = await db.supportGroup.create({
    data: {
      code: "FIN", nameZh: "财务组", nameEn: "Finance", leadId: options.leadId ?? null,
      members: { create: (options.memberIds ?? []).map((userId) => ({ userId })) },
    },
  });
  await db.routingRule.create({ data: { position: 1, module: "FINANCE", groupId: group.id, assigneeId: options.assigneeId ?? null } });
  return { policy, group };
}

export const ISSUE_INPUT = {
  title: "凭证无法过账",
  description: "月结时 **总账凭证** 过账报错。",
  module: "FINANCE",
  type: "DEFECT",
  impact: "BLOCKING",
  urgency: "HIGH",
};

/** A PNG's first bytes (the magic the upload check looks for) plus padding. */
export function pngFile(name = "screenshot.png", size = 2048): File {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new File([bytes], name, { type: "image/png" });
}
