import { RoleHome } from "@/modules/home/components/role-home";
import { requirePagePermission } from "@/server/session";

export default async function HomePage() {
  const actor = await requirePagePermission("home.view");
  return <RoleHome actor={actor} />;
}
