import { getLocale, getTranslations } from "next-intl/server";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { changedFields, formatValue } from "../diff";
import type { listAudit } from "../queries";

type Entry = Awaited<ReturnType<typeof listAudit>>["rows"][number];

/** Field by field: the old value struck through, the new one beside it. */
function Changes({ before, after }: { before: unknown; after: unknown }) {
  const changes = changedFields(before, after);
  if (changes.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      {changes.map((c) => (
        <div key={c.field} className="contents">
          <dt className="font-mono text-slate-500">{c.field}</dt>
          <dd className="break-all">
            {"before" in c ? <del className="text-red-700">{formatValue(c.before)}</del> : null}
            {"before" in c && "after" in c ? " → " : null}
            {"after" in c ? <ins className="text-green-800 no-underline">{formatValue(c.after)}</ins> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Audit entries with their before/after values, newest first unless sorted otherwise. */
export async function AuditTable({ rows, compact = false }: { rows: Entry[]; compact?: boolean }) {
  const t = await getTranslations("audit");
  const locale = await getLocale();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "medium", timeZone: "Asia/Shanghai" });
  const cols = compact ? 4 : 5;
  // Codes recorded by later modules show as they are until the catalogue names them.
  const label = (group: "actions" | "entities", code: string) => (t.has(`${group}.${code}`) ? t(`${group}.${code}`) : code);
  return (
    <Table caption={t("title")}>
      <thead>
        <tr>
          <Th>{t("fields.at")}</Th>
          <Th>{t("fields.actor")}</Th>
          <Th>{t("fields.action")}</Th>
          <Th>{t("fields.entity")}</Th>
          {compact ? null : <Th>{t("fields.changes")}</Th>}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.length === 0 ? <EmptyRow colSpan={cols}>{t("empty")}</EmptyRow> : null}
        {rows.map((r) => (
          <tr key={r.id.toString()}>
            <Td className="whitespace-nowrap">{date.format(r.at)}</Td>
            <Td>{r.actorEmail ?? t("system")}</Td>
            <Td>{label("actions", r.action)}</Td>
            <Td>
              {label("entities", r.entityType)}
              {r.entityId ? <div className="font-mono text-xs text-slate-500">{r.entityId}</div> : null}
            </Td>
            {compact ? null : <Td><Changes before={r.before} after={r.after} /></Td>}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
