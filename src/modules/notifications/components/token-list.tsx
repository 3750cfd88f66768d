import { getLocale, getTranslations } from "next-intl/server";
import { ListPagination } from "@/components/ui/list-pagination";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { toLocale } from "@/i18n/config";
import { env } from "@/server/env";
import type { listTokens } from "../queries";
import { formatDateTime } from "../render";
import { RevokeTokenForm } from "./token-forms";

type Raw = Record<string, string | string[] | undefined>;

const BADGE = {
  active: "bg-green-100 text-green-800",
  expired: "bg-amber-100 text-amber-800",
  revoked: "bg-slate-200 text-slate-600",
} as const;

export async function TokenList({ data, page, pageSize, searchParams }: { data: Awaited<ReturnType<typeof listTokens>>; page: number; pageSize: number; searchParams: Raw }) {
  const t = await getTranslations("notifications.tokens");
  const locale = toLocale(await getLocale());
  const tz = env().PORTAL_TIME_ZONE;
  const when = (d: Date | null) => (d ? formatDateTime(d, locale, tz) : "—");
  const now = new Date();
  return (
    <>
      <Table caption={t("title")}>
        <thead>
          <tr>
            <Th>{t("name")}</Th>
            <Th>{t("actsAs")}</Th>
            <Th>{t("prefix")}</Th>
            <Th>{t("createdAt")}</Th>
            <Th>{t("lastUsedAt")}</Th>
            <Th>{t("expiresAt")}</Th>
            <Th>{t("status")}</Th>
            <Th><span className="sr-only">{t("actions")}</span></Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.rows.length === 0 ? <EmptyRow colSpan={8}>{t("empty")}</EmptyRow> : null}
          {data.rows.map((row) => {
            const state = row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active";
            return (
              <tr key={row.id} data-testid="token-row" className={state === "active" ? "" : "text-slate-500"}>
                <Td className="font-medium">{row.name}</Td>
                <Td>
                  {row.user.name}
                  <span className="block text-xs text-slate-500">{row.user.email}{row.user.active ? "" : ` · ${t("userInactive")}`}</span>
                </Td>
                <Td className="font-mono text-xs">{row.prefix}…</Td>
                <Td>{when(row.createdAt)}</Td>
                <Td>{row.lastUsedAt ? when(row.lastUsedAt) : t("neverUsed")}</Td>
                <Td>{row.expiresAt ? when(row.expiresAt) : t("noExpiry")}</Td>
                <Td>
                  <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${BADGE[state]}`}>{t(`states.${state}`)}</span>
                </Td>
                <Td>{state === "revoked" ? null : <RevokeTokenForm id={row.id} name={row.name} />}</Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <ListPagination page={page} pageSize={pageSize} total={data.total} searchParams={searchParams} />
    </>
  );
}
