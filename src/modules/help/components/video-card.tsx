import { getTranslations } from "next-intl/server";

/**
 * A video as a link card, never an embedded frame: the portal's CSP allows no third-party frames, and a
 * link opens the company's video platform with the reader's own sign-in there.
 */
export async function VideoCard({ url }: { url: string }) {
  const t = await getTranslations("help.video");
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // Stored URLs were validated on save; an odd one still shows as a link.
  }
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className="mb-4 flex items-center gap-4 rounded-lg border border-rose-200 bg-rose-50 p-4 hover:border-rose-300 hover:bg-rose-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 print:hidden"
      data-testid="video-card"
    >
      <span aria-hidden className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-rose-600 text-xl text-white">▶</span>
      <span className="min-w-0">
        <span className="block font-medium text-slate-900">{t("open")}</span>
        <span className="block truncate text-sm text-slate-600">{host}</span>
        <span className="block text-xs text-slate-500">{t("newTab")}</span>
      </span>
    </a>
  );
}
