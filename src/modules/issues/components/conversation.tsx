import { getLocale, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import { cn } from "@/lib/cn";
import { env } from "@/server/env";
import type { getIssueForActor } from "../queries";

type Detail = NonNullable<Awaited<ReturnType<typeof getIssueForActor>>>;

export function AttachmentList({ files }: { files: Detail["attachments"] }) {
  if (files.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2" data-testid="attachments">
      {files.map((a) => (
        <li key={a.id}>
          <a className="inline-flex items-center gap-1 rounded border border-slate-200 bg-slate-50 px-2 py-1 text-xs text-blue-700 hover:underline" href={`/api/files/${a.file.id}`}>
            📎 {a.file.fileName} <span className="text-slate-500">({Math.max(1, Math.round(a.file.size / 1024))} KB)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Comments and (for the desk) internal notes in order, each with its own attachments. */
export async function Conversation({ detail }: { detail: Detail }) {
  const t = await getTranslations("issues.conversation");
  const locale = await getLocale();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: env().PORTAL_TIME_ZONE });
  if (detail.comments.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ol className="space-y-3" data-testid="conversation">
      {detail.comments.map((c) => (
        <li
          key={c.id}
          className={cn("rounded-lg border p-3", c.internal ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white")}
          data-testid={c.internal ? "internal-note" : "comment"}
        >
          <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <span className="font-medium text-slate-800">{c.author.name}</span>
            <time dateTime={c.createdAt.toISOString()}>{date.format(c.createdAt)}</time>
            {c.internal ? <span className="rounded bg-amber-200 px-1.5 py-0.5 font-medium text-amber-900">{t("internalBadge")}</span> : null}
          </div>
          <Markdown source={c.body} />
          <AttachmentList files={detail.attachments.filter((a) => a.commentId === c.id)} />
        </li>
      ))}
    </ol>
  );
}
