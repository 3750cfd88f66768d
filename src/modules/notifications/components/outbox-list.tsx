import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { ListPagination } from "@/components/ui/list-pagination";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { toLocale } from "@/i18n/config";
import { withParams, type ListParams } from "@/lib/list-params";
import { env } from "@/server/env";
import { OUTBOX_CHANNELS, OUTBOX_STATUSES, type listOutbox, type OutboxFilter } from "../queries";
import { formatDateTime } from "../render";
import { RetryMessageForm } from "./retry-form";

type Raw = Record<string, string | string[] | undefined>;

const STATUS_BADGE = { PENDING: "bg-amber-100 text-amber-800", SENT: "bg-green-100 text-green-800", FAILED: "bg-red-100 text-red-800" } as const;

export async function OutboxList({ data, list, filter, searchParams }: { data: Awaited<ReturnType<typeof listOutbox>>; list: ListParams<string>; filter: OutboxFilter; searchParams: Raw }) {
  const t = await getTranslations("notifications.outbox");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const tz = env().PORTAL_TIME_ZONE;
  return (
    <>
      <form method="get" role="search" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="q" label={tc("search")}>
          {(a) => <Input {...a} name="q" type="search" defaultValue={filter.q} placeholder={t("searchPlaceholder")} />}
        </Field>
        <Field id="f-status" label={t("status")}>
          {(a) => (
            <Select {...a} name="status" defaultValue={filter.status ?? ""}>
              <option value="">{tc("all")}</option>
              {OUTBOX_STATUSES.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
            </Select>
          )}
        </Field>
        <Field id="f-channel" label={t("channel")}>
          {(a) => (
            <Select {...a} name="channel" defaultValue={filter.channel ?? ""}>
              <option value="">{tc("all")}</option>
              {OUTBOX_CHANNELS.map((c) => <option key={c} value={c}>{t(`channels.${c}`)}</option>)}
            </Select>
          )}
        </Field>
        <div className="flex items-end gap-2">
          <Button type="submit">{tc("filter")}</Button>
          <Link href="/integrations/outbox" className="text-sm text-blue-700 underline">{tc("reset")}</Link>
        </div>
      </form>
      <div className="mb-2 flex justify-end">
        <a className="text-sm text-blue-700 underline" href={`/api/notifications/outbox/export${withParams(searchParams, { page: undefined })}`} data-testid="export-outbox">
          {tc("exportXlsx")}
        </a>
      </div>
      <Table caption={t("title")}>
        <thead>
          <tr>
            <Th>{t("createdAt")}</Th>
            <Th>{t("channel")}</Th>
            <Th>{t("target")}</Th>
            <Th>{t("subject")}</Th>
            <Th>{t("status")}</Th>
            <Th>{t("attempts")}</Th>
            <Th>{t("lastError")}</Th>
            <Th>{t("sentAt")}</Th>
            <Th><span className="sr-only">{t("actions")}</span></Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.rows.length === 0 ? <EmptyRow colSpan={9}>{filter.q || filter.status || filter.channel ? t("emptyFiltered") : t("empty")}</EmptyRow> : null}
          {data.rows.map((m) => (
            <tr key={m.id} data-testid="outbox-row">
              <Td className="whitespace-nowrap">{formatDateTime(m.createdAt, locale, tz)}</Td>
              <Td className="whitespace-nowrap">{t(`channels.${m.channel}`)}</Td>
              <Td className="max-w-48 break-all">{m.channel === "WEBHOOK" ? (m.endpointName ?? t("endpointGone")) : m.target}</Td>
              <Td className="max-w-72">{m.subject}</Td>
              <Td>
                <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${STATUS_BADGE[m.status]}`}>
                  {m.status === "PENDING" && m.attempts > 0 ? t("retrying") : t(`statuses.${m.status}`)}
                </span>
              </Td>
              <Td className="text-right tabular-nums">{m.attempts}</Td>
              <Td className="max-w-72 break-words text-xs text-red-800">{m.lastError ?? ""}</Td>
              <Td className="whitespace-nowrap">{m.sentAt ? formatDateTime(m.sentAt, locale, tz) : "—"}</Td>
              <Td>{m.status === "FAILED" ? <RetryMessageForm id={m.id} /> : null}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ListPagination page={list.page} pageSize={list.pageSize} total={data.total} searchParams={searchParams} />
    </>
  );
}
