"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/lib/cn";

const POLL_MS = 60_000;

/**
 * The header's bell: the unread count rendered on the server, kept fresh while the page stays open
 * (every minute while the tab is visible, on return to the tab, and on every navigation).
 */
export function NotificationBell({ initialCount }: { initialCount: number }) {
  const t = useTranslations("notifications.bell");
  const pathname = usePathname();
  const [count, setCount] = useState(initialCount);
  useEffect(() => setCount(initialCount), [initialCount]);
  // The server just counted for the first render; ask again only on later navigations.
  const firstRender = useRef(true);

  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const res = await fetch("/api/notifications/unread-count", { cache: "no-store" });
        if (res.ok && !stopped) setCount(((await res.json()) as { unread: number }).unread);
      } catch {
        /* offline for a moment: keep the last number */
      }
    };
    if (firstRender.current) firstRender.current = false;
    else void refresh();
    const timer = setInterval(refresh, POLL_MS);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [pathname]);

  const active = pathname.startsWith("/notifications");
  return (
    <Link
      href="/notifications"
      aria-label={count > 0 ? t("labelUnread", { count }) : t("label")}
      aria-current={active ? "page" : undefined}
      title={count > 0 ? t("labelUnread", { count }) : t("label")}
      data-testid="notification-bell"
      className={cn(
        "relative inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-600",
        active && "bg-slate-100 text-slate-900",
      )}
    >
      <Bell aria-hidden className="h-5 w-5" />
      {count > 0 ? (
        <span aria-hidden data-testid="notification-count" className="absolute -right-0.5 -top-0.5 min-w-[1.125rem] rounded-full bg-red-600 px-1 text-center text-[11px] font-semibold leading-[1.125rem] text-white">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
