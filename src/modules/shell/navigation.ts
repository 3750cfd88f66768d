import type { Permission } from "@/server/permissions";

export interface NavItem {
  href: string;
  /** Key under "nav" in the message catalogues. */
  label: string;
  permission: Permission;
}

// Later modules add their entries here; the shell shows each only to roles holding its permission.
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "home", permission: "home.view" },
  { href: "/dashboard", label: "dashboard", permission: "dashboard.executive" },
  { href: "/plan", label: "plan", permission: "plan.read" },
  { href: "/issues", label: "issues", permission: "issue.file" },
  { href: "/kpis", label: "kpis", permission: "kpi.read" },
  { href: "/help", label: "help", permission: "help.read" },
  { href: "/support", label: "support", permission: "support.dashboard" },
  { href: "/support/settings", label: "supportSettings", permission: "support.configure" },
  { href: "/integrations", label: "integrations", permission: "integrations.manage" },
  { href: "/users", label: "users", permission: "users.read" },
  { href: "/departments", label: "departments", permission: "departments.manage" },
  { href: "/audit", label: "audit", permission: "audit.read" },
  { href: "/account", label: "account", permission: "account.manage" },
];
