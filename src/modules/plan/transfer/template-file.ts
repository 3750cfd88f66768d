import "server-only";
import { db } from "@/server/db";

/**
 * A template as a .json file: its content with name and description beside it. The content schema
 * ignores the extra keys, so the file imports as it is; the import takes the name from it.
 */
export async function templateJsonFile(templateId: string): Promise<{ json: string; fileName: string } | null> {
  const template = await db.planTemplate.findUnique({ where: { id: templateId }, select: { name: true, description: true, content: true } });
  if (!template) return null;
  const body = { name: template.name, description: template.description ?? undefined, ...(template.content as Record<string, unknown>) };
  return { json: `${JSON.stringify(body, null, 2)}\n`, fileName: `${template.name}.json` };
}
