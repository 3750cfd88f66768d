"use client";

import { useState } from "react";
import { NavLinks } from "./nav-links";

export function MobileNav({ items, label }: { items: { href: string; label: string }[]; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="md:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="mobile-nav"
        onClick={() => setOpen((o) => !o)}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
      >
        ☰ <span className="sr-only">{label}</span>
      </button>
      {open ? (
        <nav id="mobile-nav" aria-label={label} className="absolute left-0 right-0 top-14 z-20 bg-slate-800 p-3 shadow-lg">
          <NavLinks items={items} onNavigate={() => setOpen(false)} />
        </nav>
      ) : null}
    </div>
  );
}
