import type { Tx } from "@/server/db";
import { SEED_002_TEMPLATE, SEED_002_TEMPLATE_NAME } from "./seed-002";
import { ZTemplateContent } from "./types";

/** The built-in templates exist in every installation, demo or not; created on first need. */
export async function ensureBuiltInTemplates(tx: Pick<Tx, "planTemplate">): Promise<void> {
  const exists = await tx.planTemplate.findUnique({ where: { name: SEED_002_TEMPLATE_NAME }, select: { id: true } });
  if (exists) return;
  await tx.planTemplate.upsert({
    where: { name: SEED_002_TEMPLATE_NAME },
    update: {},
    create: {
      name: SEED_002_TEMPLATE_NAME,
      description: "种子文档002：4个月、4个阶段、16周，含上线后支持与持续优化。",
      builtIn: true,
      content: ZTemplateContent.parse(SEED_002_TEMPLATE) as object,
    },
  });
}
