import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { MobileNav } from "@/components/shell/mobile-nav";
import { NavLinks } from "@/components/shell/nav-links";
import { NotificationBell } from "@/components/shell/notification-bell";
import { unreadCount } from "@/modules/notifications/queries";
import { signOutAction } from "@/modules/shell/actions";
import { NAV_ITEMS } from "@/modules/shell/navigation";
import { can } from "@/server/permissions";
import { getActor } from "@/server/session";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/login");
  const t = await getTranslations();
  const items = NAV_ITEMS.filter((i) => can(actor.role, i.permission)).map((i) => ({ href: i.href, label: t(`nav.${i.label}`) }));
  return (
    <div className="min-h-screen md:grid md:grid-cols-[15rem_minmax(0,1fr)]">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("nav.skipToContent")}
      </a>
      <aside className="hidden bg-slate-800 md:block">
        <div className="px-4 py-5">
          <Link href="/" className="text-lg font-semibold text-white">
            {t("app.name")}
          </Link>
          <p className="mt-1 text-xs text-slate-400">{t("app.company")}</p>
        </div>
        <nav aria-label={t("nav.main")} className="px-2" data-testid="main-nav">
          <NavLinks items={items} />
        </nav>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="relative flex h-14 items-center justify-between gap-3 border-b border-slate-200 bg-white px-4">
          <div className="flex items-center gap-2">
            <MobileNav items={items} label={t("nav.main")} />
            <span className="hidden truncate font-semibold sm:inline md:hidden">{t("app.name")}</span>
          </div>
          <div className="flex items-center gap-3">
            <NotificationBell initialCount={await unreadCount(actor.id)} />
            <LanguageSwitch />
            <div className="hidden text-right text-sm sm:block" data-testid="current-user">
              <div className="font-medium">{actor.name}</div>
              <div className="text-xs text-slate-500">{t(`roles.${actor.role}`)}</div>
            </div>
            <form action={signOutAction}>
              <button type="submit" className="whitespace-nowrap rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
                {t("nav.signOut")}
              </button>
            </form>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 p-4 md:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
