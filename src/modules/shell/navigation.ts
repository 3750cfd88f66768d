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
  { href: "/plan", label: "plan", permission: "plan.read" },
  { href: "/users", label: "users", permission: "users.read" },
  { href: "/departments", label: "departments", permission: "departments.manage" },
  { href: "/audit", label: "audit", permission: "audit.read" },
  { href: "/account", label: "account", permission: "account.manage" },
];
