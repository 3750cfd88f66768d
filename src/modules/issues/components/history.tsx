import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/server/env";
import type { getIssueForActor } from "../queries";

type Events = NonNullable<Awaited<ReturnType<typeof getIssueForActor>>>["events"];
const STATUS_KINDS = new Set(["STATUS"]);

/** Everything that happened to the issue, oldest first. */
export async function IssueHistory({ events }: { events: Events }) {
  const t = await getTranslations("issues");
  const locale = await getLocale();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: env().PORTAL_TIME_ZONE });
  const value = (kind: string, v: string | null) => (v && STATUS_KINDS.has(kind) ? t(`status.${v}`) : v ?? "");
  return (
    <ol className="space-y-1 text-xs text-slate-600" data-testid="history">
      {events.map((e) => (
        <li key={e.id} className="flex gap-2">
          <time className="shrink-0 text-slate-400" dateTime={e.createdAt.toISOString()}>{date.format(e.createdAt)}</time>
          <span>
            <span className="font-medium text-slate-700">{e.actor?.name ?? t("history.system")}</span>{" "}
            {t.has(`history.kinds.${e.kind}`) ? t(`history.kinds.${e.kind}`, { from: value(e.kind, e.fromValue), to: value(e.kind, e.toValue) }) : e.kind}
          </span>
        </li>
      ))}
    </ol>
  );
}
