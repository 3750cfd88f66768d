"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { cn } from "@/lib/cn";
import { Markdown } from "@/components/ui/markdown";
import { MAX_BODY } from "../constants";

const TEXTAREA =
  "block min-h-80 w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm leading-relaxed text-slate-900 shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid=true]:border-red-600";
const PROSE_PREVIEW = "min-h-80 rounded-md border border-slate-200 bg-white px-4 py-3";

interface Props {
  name: string;
  defaultValue: string;
  aria: { id: string; "aria-invalid": boolean; "aria-describedby"?: string };
}

/**
 * Write / preview tabs over one textarea. The textarea stays in the form while previewing, so the text
 * is submitted whichever tab is open; the preview uses the same safe renderer as the article page.
 */
export function MarkdownEditor({ name, defaultValue, aria }: Props) {
  const t = useTranslations("help.editor");
  const [text, setText] = useState(defaultValue);
  const [tab, setTab] = useState<"write" | "preview">("write");
  const base = useId();
  const tabClass = (active: boolean) =>
    cn("-mb-px rounded-t-md border px-3 py-1.5 text-sm", active ? "border-slate-300 border-b-white bg-white font-medium text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900");
  return (
    <div>
      <div role="tablist" aria-label={t("tabs")} className="flex gap-1 border-b border-slate-300">
        {(["write", "preview"] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`${base}-${k}`}
            aria-selected={tab === k}
            aria-controls={`${base}-${k}-panel`}
            className={tabClass(tab === k)}
            onClick={() => setTab(k)}
          >
            {t(k)}
          </button>
        ))}
      </div>
      <div id={`${base}-write-panel`} role="tabpanel" aria-labelledby={`${base}-write`} hidden={tab !== "write"} className="pt-2">
        <textarea {...aria} name={name} value={text} onChange={(e) => setText(e.target.value)} maxLength={MAX_BODY} rows={18} className={TEXTAREA} />
      </div>
      <div id={`${base}-preview-panel`} role="tabpanel" aria-labelledby={`${base}-preview`} hidden={tab !== "preview"} className="pt-2" data-testid="markdown-preview">
        {text.trim() ? (
          <Markdown source={text} className={PROSE_PREVIEW} />
        ) : (
          <p className={cn(PROSE_PREVIEW, "text-sm text-slate-500")}>{t("nothing")}</p>
        )}
      </div>
    </div>
  );
}
