import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { DEFAULT_LOCALE } from "@/i18n/config";
import { defineAction, type ActionContext } from "@/server/action";
import { ActionError, ConflictError } from "@/server/errors";
import { absoluteLink } from "../links";
import { postWebhook } from "../outbox";
import { looseTranslator } from "../render";
import { isWebhookUrl, ZCreateWebhook, ZDeleteWebhook, ZSetWebhookActive, ZTestWebhook, ZUpdateWebhook } from "../schemas";
import { maskWebhookUrl } from "../webhook-formats";

// Webhook URLs carry the chat's secret key: the audit log gets them masked.
function auditable(e: { name: string; format: string; url: string; active: boolean }) {
  return { name: e.name, format: e.format, url: maskWebhookUrl(e.url), active: e.active };
}

function assertUrl(url: string | undefined) {
  if (url !== undefined && !isWebhookUrl(url)) throw new ActionError("notifications.errors.webhookUrl", {}, "url");
}

/** Writes only if nobody saved the endpoint since the form was loaded; otherwise refuses. */
async function updateVersioned({ tx }: ActionContext, id: string, version: number, data: Prisma.WebhookEndpointUpdateManyMutationInput) {
  const { count } = await tx.webhookEndpoint.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
  return tx.webhookEndpoint.findUniqueOrThrow({ where: { id } });
}

async function findEndpoint({ tx }: ActionContext, id: string) {
  const e = await tx.webhookEndpoint.findUnique({ where: { id } });
  if (!e) throw new ActionError("errors.notFound");
  return e;
}

export const createWebhook = defineAction({
  name: "integrations.createWebhook",
  permission: "integrations.manage",
  input: ZCreateWebhook,
  successMessage: "notifications.webhooks.created",
  revalidate: ["/integrations"],
  async handler(input, { tx, audit }) {
    assertUrl(input.url);
    const e = await tx.webhookEndpoint.create({ data: input });
    await audit({ action: "create", entityType: "WebhookEndpoint", entityId: e.id, after: auditable(e) });
    return { id: e.id };
  },
});

export const updateWebhook = defineAction({
  name: "integrations.updateWebhook",
  permission: "integrations.manage",
  input: ZUpdateWebhook,
  successMessage: "notifications.webhooks.saved",
  revalidate: ["/integrations"],
  async handler(input, ctx) {
    assertUrl(input.url);
    const before = await findEndpoint(ctx, input.id);
    const after = await updateVersioned(ctx, input.id, input.version, { name: input.name, format: input.format, ...(input.url ? { url: input.url } : {}) });
    await ctx.audit({ action: "update", entityType: "WebhookEndpoint", entityId: input.id, before: auditable(before), after: auditable(after) });
    return { version: after.version };
  },
});

export const setWebhookActive = defineAction({
  name: "integrations.setWebhookActive",
  permission: "integrations.manage",
  input: ZSetWebhookActive,
  revalidate: ["/integrations"],
  async handler(input, ctx) {
    const before = await findEndpoint(ctx, input.id);
    await updateVersioned(ctx, input.id, input.version, { active: input.active });
    await ctx.audit({ action: input.active ? "activate" : "deactivate", entityType: "WebhookEndpoint", entityId: input.id, before: auditable(before), after: { active: input.active } });
    return null;
  },
});

export const deleteWebhook = defineAction({
  name: "integrations.deleteWebhook",
  permission: "integrations.manage",
  input: ZDeleteWebhook,
  successMessage: "notifications.webhooks.deleted",
  revalidate: ["/integrations"],
  async handler(input, ctx) {
    const before = await findEndpoint(ctx, input.id);
    const { count } = await ctx.tx.webhookEndpoint.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError();
    // Messages still waiting for it can never go out: say so in the outbox rather than retry.
    await ctx.tx.outboundMessage.updateMany({ where: { channel: "WEBHOOK", target: input.id, status: "PENDING" }, data: { status: "FAILED", lastError: "webhook endpoint deleted" } });
    await ctx.audit({ action: "delete", entityType: "WebhookEndpoint", entityId: input.id, before: auditable(before) });
    return null;
  },
});

/**
 * Posts a test message now and says whether the chat accepted it; the attempt is kept in the outbox
 * like any other message (a refusal is a result to show, not an error that undoes the record).
 */
export const testWebhook = defineAction({
  name: "integrations.testWebhook",
  permission: "integrations.manage",
  input: ZTestWebhook,
  revalidate: ["/integrations"],
  async handler(input, ctx) {
    const e = await findEndpoint(ctx, input.id);
    const t = looseTranslator(DEFAULT_LOCALE);
    const subject = t("notifications.webhooks.testSubject");
    const markdown = t("notifications.webhooks.testBody", { name: ctx.actor.name, url: absoluteLink("/integrations/webhooks") });
    let error: string | null = null;
    try {
      await postWebhook(e, subject, markdown);
    } catch (err) {
      error = (err as Error).message.slice(0, 1000);
    }
    const now = new Date();
    await ctx.tx.outboundMessage.create({
      data: { dedupeKey: `test:${e.id}:${randomUUID()}`, channel: "WEBHOOK", target: e.id, subject, body: markdown, status: error ? "FAILED" : "SENT", attempts: 1, lastError: error, sentAt: error ? null : now },
    });
    await ctx.audit({ action: "test", entityType: "WebhookEndpoint", entityId: e.id, after: { delivered: !error, error } });
    return { delivered: !error, error };
  },
});
