import { getLocale, getTranslations } from "next-intl/server";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import type { listAudit } from "../queries";

type Entry = Awaited<ReturnType<typeof listAudit>>["rows"][number];

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-slate-400">—</span>;
  return <pre className="max-h-48 max-w-md overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{JSON.stringify(value, null, 2)}</pre>;
}

/** Audit entries with their before/after values, newest first unless sorted otherwise. */
export async function AuditTable({ rows, compact = false }: { rows: Entry[]; compact?: boolean }) {
  const t = await getTranslations("audit");
  const locale = await getLocale();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "medium", timeZone: "Asia/Shanghai" });
  const cols = compact ? 4 : 6;
  return (
    <Table caption={t("title")}>
      <thead>
        <tr>
          <Th>{t("fields.at")}</Th>
          <Th>{t("fields.actor")}</Th>
          <Th>{t("fields.action")}</Th>
          <Th>{t("fields.entity")}</Th>
          {compact ? null : <Th>{t("fields.before")}</Th>}
          {compact ? null : <Th>{t("fields.after")}</Th>}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.length === 0 ? <EmptyRow colSpan={cols}>{t("empty")}</EmptyRow> : null}
        {rows.map((r) => (
          <tr key={r.id.toString()}>
            <Td className="whitespace-nowrap">{date.format(r.at)}</Td>
            <Td>{r.actorEmail ?? t("system")}</Td>
            <Td><code className="text-xs">{r.action}</code></Td>
            <Td>
              {r.entityType}
              {r.entityId ? <div className="font-mono text-xs text-slate-500">{r.entityId}</div> : null}
            </Td>
            {compact ? null : <Td><Json value={r.before} /></Td>}
            {compact ? null : <Td><Json value={r.after} /></Td>}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
