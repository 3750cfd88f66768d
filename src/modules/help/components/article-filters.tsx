import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { ARTICLE_KINDS, HELP_MODULES } from "../constants";
import type { ArticleFilter, ArticleSort } from "../queries";
import { ARTICLE_SORTS } from "../queries";

/** The search box and filters; a GET form, so every search is a shareable URL. */
export async function ArticleFilters({ filter, sort }: { filter: ArticleFilter; sort: ArticleSort }) {
  const t = await getTranslations();
  return (
    <form method="get" role="search" className="mb-4 rounded-lg border border-slate-200 bg-white p-3" data-testid="help-search">
      {filter.status !== "PUBLISHED" ? <input type="hidden" name="status" value={filter.status} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]">
        <Field id="q" label={t("help.search.label")}>
          {(aria) => <Input {...aria} name="q" type="search" defaultValue={filter.q} placeholder={t("help.search.placeholder")} maxLength={200} />}
        </Field>
        <Field id="f-module" label={t("help.fields.module")}>
          {(aria) => (
            <Select {...aria} name="module" defaultValue={filter.module ?? ""}>
              <option value="">{t("common.all")}</option>
              {HELP_MODULES.map((m) => (
                <option key={m} value={m}>{t(`help.modules.${m}`)}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="f-kind" label={t("help.fields.kind")}>
          {(aria) => (
            <Select {...aria} name="kind" defaultValue={filter.kind ?? ""}>
              <option value="">{t("common.all")}</option>
              {ARTICLE_KINDS.map((k) => (
                <option key={k} value={k}>{t(`help.kinds.${k}`)}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="f-sort" label={t("help.search.sort")}>
          {(aria) => (
            <Select {...aria} name="sort" defaultValue={sort}>
              {ARTICLE_SORTS.map((s) => (
                <option key={s} value={s}>{t(`help.sorts.${s}`)}</option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <label className="inline-flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="mine" value="1" defaultChecked={Boolean(filter.role)} className="h-4 w-4 rounded border-slate-300" />
          {t("help.search.forMyRole")}
        </label>
        <div className="ml-auto flex items-center gap-3">
          <Link href={filter.status !== "PUBLISHED" ? `/help?status=${filter.status}` : "/help"} className="text-sm text-blue-700 underline">
            {t("common.reset")}
          </Link>
          <Button type="submit">{t("common.search")}</Button>
        </div>
      </div>
    </form>
  );
}
