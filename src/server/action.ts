import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { z } from "zod";
import type { Locale } from "@/i18n/config";
import { currentLocale } from "@/i18n/locale";
import { translator } from "@/i18n/messages";
import { writeAudit, type AuditEntry } from "./audit";
import { calendarToday } from "@/lib/calendar-day";
import { db, type Tx } from "./db";
import { env } from "./env";
import { ActionError } from "./errors";
import { logger } from "./logger";
import { can, type Permission } from "./permissions";
import { clientIp, requestId } from "./request-info";
import { getActor, type Actor } from "./session";
import { fieldErrors, formDataToObject } from "./validation";

export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string>;
      values?: Record<string, string>;
      /** Set when the failure was ours (a bug or the database), not the caller's: APIs answer 500. */
      unexpected?: true;
    };

export interface ActionContext {
  tx: Tx;
  actor: Actor;
  /** Today's date in the portal's time zone, at UTC midnight (as plan dates are held). */
  today: Date;
  /** An uploaded file of the submitted form (zod schemas see only the text fields). */
  rawFile(name: string): File | null;
  /** Every file sent under one name (an `<input type="file" multiple>`). */
  rawFiles(name: string): File[];
  audit(entry: AuditEntry): Promise<void>;
}

export interface RequestMeta {
  locale: Locale;
  requestId?: string | null;
  ip?: string | null;
}

export interface ActionDefinition<S extends z.ZodType, T> {
  /** Dotted name used in logs and the authorization matrix, e.g. "users.create". */
  name: string;
  permission: Permission;
  input: S;
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>;
  /** Message key shown on success. */
  successMessage?: string;
  revalidate?: string[];
}

export interface DefinedAction<T> {
  name: string;
  permission: Permission;
  /** Runs the action for an already-known actor: the path tests take. */
  execute(actor: Actor | null, raw: unknown, meta: RequestMeta): Promise<ActionResult<T>>;
  /** Runs the action for the signed-in user of the current request: the path server actions take. */
  invoke(raw: FormData | Record<string, unknown>): Promise<ActionResult<T>>;
}

// Echoed back on failure so a form can keep what was typed; secrets and files never are.
function echo(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([k, v]) => typeof v === "string" && !/password|secret|token/i.test(k))
      .map(([k, v]) => [k, v as string]),
  );
}

/**
 * The one way a server action is built: parse with zod → check the role's permission → run the
 * handler in one transaction (where it looks records up and checks ownership) → audit in that same
 * transaction → revalidate → a typed, localized result.
 */
export function defineAction<S extends z.ZodType, T>(def: ActionDefinition<S, T>): DefinedAction<T> {
  async function execute(actor: Actor | null, raw: unknown, meta: RequestMeta): Promise<ActionResult<T>> {
    const t = translator(meta.locale) as unknown as (key: string, params?: Record<string, string | number>) => string;
    const rawObject = raw instanceof FormData ? formDataToObject(raw) : ((raw ?? {}) as Record<string, unknown>);
    const values = echo(rawObject);
    if (!actor) return { ok: false, error: t("errors.unauthenticated"), values };
    if (!can(actor.role, def.permission)) {
      logger().warn({ action: def.name, actor: actor.id, role: actor.role, requestId: meta.requestId }, "action refused");
      return { ok: false, error: t("errors.forbidden"), values };
    }
    const parsed = def.input.safeParse(rawObject);
    if (!parsed.success) {
      return { ok: false, error: t("errors.validation"), fieldErrors: fieldErrors(parsed.error, t), values };
    }
    const started = performance.now();
    try {
      const data = await db.$transaction(
        (tx) =>
          def.handler(parsed.data, {
            tx,
            actor,
            today: calendarToday(env().PORTAL_TIME_ZONE),
            rawFile: (name) => {
              const value = rawObject[name];
              return value instanceof File && value.size > 0 ? value : null;
            },
            rawFiles: (name) => {
              const value = rawObject[name];
              return (Array.isArray(value) ? value : [value]).filter((f): f is File => f instanceof File && f.size > 0);
            },
            audit: (entry) =>
              writeAudit(tx, { actorId: actor.id, actorEmail: actor.email, requestId: meta.requestId, ip: meta.ip }, entry),
          }),
        // Waiting for a pooled connection counts too: under a burst (20 filers at once) the default 2 s is too short.
        { timeout: 15_000, maxWait: 10_000 },
      );
      logger().info({ action: def.name, actor: actor.id, ms: Math.round(performance.now() - started), requestId: meta.requestId }, "action done");
      return { ok: true, data, message: def.successMessage ? t(def.successMessage) : undefined };
    } catch (err) {
      if (err instanceof ActionError) {
        const message = t(err.key, err.params);
        return err.field
          ? { ok: false, error: t("errors.validation"), fieldErrors: { [err.field]: message }, values }
          : { ok: false, error: message, values };
      }
      logger().error({ action: def.name, actor: actor.id, err, requestId: meta.requestId }, "action failed");
      return { ok: false, error: t("errors.unexpected"), values, unexpected: true };
    }
  }

  async function invoke(raw: FormData | Record<string, unknown>): Promise<ActionResult<T>> {
    const h = await headers();
    const result = await execute(await getActor(), raw, { locale: await currentLocale(), requestId: requestId(h), ip: clientIp(h) });
    if (result.ok) for (const path of def.revalidate ?? []) revalidatePath(path, "layout");
    return result;
  }

  return { name: def.name, permission: def.permission, execute, invoke };
}
