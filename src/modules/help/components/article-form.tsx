"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ArticleKind, ArticleStatus, ErpModule, Role } from "@/generated/prisma/enums";
import { ActionForm, type FormState } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { ROLES } from "@/server/permissions";
import { createArticleAction, updateArticleAction } from "../actions";
import { ARTICLE_KINDS, HELP_MODULES, MAX_TITLE } from "../constants";
import { MarkdownEditor } from "./markdown-editor";

export interface EditableArticle {
  id: string;
  version: number;
  title: string;
  kind: ArticleKind;
  module: ErpModule | null;
  roles: Role[];
  videoUrl: string | null;
  body: string;
  status: ArticleStatus;
}

/** New article (no `article`) or edit of one; on success the writer lands on the article as readers see it. */
export function ArticleForm({ article }: { article?: EditableArticle }) {
  const t = useTranslations("help");
  // Both answer with the article id, which is all the redirect needs.
  const action = (article ? updateArticleAction : createArticleAction) as typeof createArticleAction;
  // Held above the form: the fields are remounted after a refused save, and a refusal must not undo ticks.
  const [kind, setKind] = useState<string>(article?.kind ?? "FAQ");
  const [roles, setRoles] = useState<Role[]>(article?.roles ?? []);
  return (
    <ActionForm action={action} redirectTo={(d) => `/help/${d.id}`} testId="article-form">
      {(form) => (
        <div className="space-y-4">
          {article ? (
            <>
              <input type="hidden" name="id" value={article.id} />
              <input type="hidden" name="version" value={article.version} />
            </>
          ) : null}
          <Field id="title" label={t("fields.title")} error={form.error("title")}>
            {(aria) => <Input {...aria} name="title" required maxLength={MAX_TITLE} defaultValue={form.value("title", article?.title)} />}
          </Field>
          <KindModuleAndVideo form={form} article={article} kind={kind} onKind={setKind} />
          <RolesField form={form} selected={roles} onChange={setRoles} />
          <Field id="body" label={t("fields.body")} error={form.error("body")} hint={t("editor.hint")}>
            {(aria) => <MarkdownEditor name="body" aria={aria} defaultValue={form.value("body", article?.body) ?? ""} />}
          </Field>
          <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
            {!article || article.status !== "PUBLISHED" ? (
              <>
                {/* "Save draft" comes first: Enter in a field submits with the first button, and must not publish. */}
                <Button type="submit" name="publish" value="false" variant="secondary" disabled={form.pending}>{t("actions.saveDraft")}</Button>
                <Button type="submit" name="publish" value="true" disabled={form.pending}>{t("actions.saveAndPublish")}</Button>
              </>
            ) : (
              <>
                <Button type="submit" disabled={form.pending}>{t("actions.savePublished")}</Button>
                <p className="self-center text-xs text-slate-500">{t("editor.liveHint")}</p>
              </>
            )}
          </div>
        </div>
      )}
    </ActionForm>
  );
}

// The video address only matters (and is required) for video articles, so it appears with that kind.
function KindModuleAndVideo({ form, article, kind, onKind }: { form: FormState; article?: EditableArticle; kind: string; onKind: (k: string) => void }) {
  const t = useTranslations("help");
  const video = form.value("videoUrl", article?.videoUrl ?? "");
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="kind" label={t("fields.kind")} error={form.error("kind")}>
          {(aria) => (
            <Select {...aria} name="kind" value={kind} onChange={(e) => onKind(e.target.value)}>
              {ARTICLE_KINDS.map((k) => (
                <option key={k} value={k}>{t(`kinds.${k}`)}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="module" label={t("fields.module")} error={form.error("module")}>
          {(aria) => (
            <Select {...aria} name="module" defaultValue={form.value("module", article?.module ?? "")}>
              <option value="">{t("modules.GENERAL")}</option>
              {HELP_MODULES.map((m) => (
                <option key={m} value={m}>{t(`modules.${m}`)}</option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {kind === "VIDEO" || video ? (
        <Field id="videoUrl" label={t("fields.videoUrl")} error={form.error("videoUrl")} hint={t("video.hint")}>
          {(aria) => <Input {...aria} name="videoUrl" type="url" inputMode="url" maxLength={500} placeholder="https://" defaultValue={video} />}
        </Field>
      ) : null}
    </>
  );
}

function RolesField({ form, selected, onChange }: { form: FormState; selected: Role[]; onChange: (roles: Role[]) => void }) {
  const t = useTranslations();
  return (
    <fieldset className="space-y-1" aria-describedby="roles-hint">
      <legend className="text-sm font-medium text-slate-700">{t("help.fields.roles")}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {ROLES.map((r) => (
          <label key={r} className="inline-flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="roles" value={r} checked={selected.includes(r)}
              onChange={(e) => onChange(e.target.checked ? [...selected, r] : selected.filter((x) => x !== r))} className="h-4 w-4 rounded border-slate-300" />
            {t(`roles.${r}`)}
          </label>
        ))}
      </div>
      <p id="roles-hint" className="text-xs text-slate-500">{form.error("roles") ?? t("help.fields.rolesHint")}</p>
    </fieldset>
  );
}
