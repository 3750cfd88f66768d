"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

interface Found {
  issues: { id: string; number: number; title: string; status: string }[];
  articles: { id: string; title: string; kind: string }[];
}

/** While the reporter types a title, shows issues and help articles that may already answer it. */
export function SimilarPanel({ text, module }: { text: string; module: string }) {
  const t = useTranslations("issues.similar");
  const ts = useTranslations("issues.status");
  const [found, setFound] = useState<Found>({ issues: [], articles: [] });
  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setFound({ issues: [], articles: [] });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ q, ...(module ? { module } : {}) });
      const get = (url: string) => fetch(`${url}?${params}`, { signal: controller.signal }).then((r) => (r.ok ? r.json() : null)).catch(() => null);
      const [issues, articles] = await Promise.all([get("/api/issues/similar"), get("/api/help/suggest")]);
      setFound({ issues: issues?.issues ?? [], articles: articles?.articles ?? [] });
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, module]);
  if (found.issues.length === 0 && found.articles.length === 0) return null;
  return (
    <aside aria-live="polite" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="similar-panel">
      <p className="mb-2 font-medium text-amber-900">{t("intro")}</p>
      {found.articles.length > 0 ? (
        <>
          <h3 className="text-xs font-semibold uppercase text-slate-600">{t("articles")}</h3>
          <ul className="mb-2 list-disc pl-5">
            {found.articles.map((a) => (
              <li key={a.id}><Link className="text-blue-700 underline" href={`/help/${a.id}`} target="_blank">{a.title}</Link></li>
            ))}
          </ul>
        </>
      ) : null}
      {found.issues.length > 0 ? (
        <>
          <h3 className="text-xs font-semibold uppercase text-slate-600">{t("issues")}</h3>
          <ul className="list-disc pl-5">
            {found.issues.map((i) => (
              <li key={i.id}>
                <Link className="text-blue-700 underline" href={`/issues/${i.id}`} target="_blank">ISS-{i.number} {i.title}</Link>{" "}
                <span className="text-xs text-slate-500">({ts(i.status)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
