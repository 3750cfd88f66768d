import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { IssueDetail } from "@/modules/issues/components/issue-detail";
import { getIssueForActor } from "@/modules/issues/queries";
import { optionalId } from "@/lib/list-params";
import { requirePagePermission } from "@/server/session";

export async function generateMetadata({ params }: { params: Promise<{ issueId: string }> }) {
  const t = await getTranslations("issues");
  return { title: `${t("title")} ${(await params).issueId.slice(0, 8)}` };
}

export default async function IssuePage({ params }: { params: Promise<{ issueId: string }> }) {
  const actor = await requirePagePermission("issue.file");
  const id = optionalId((await params).issueId);
  // Someone else's issue answers exactly like a missing one: no probing for what exists.
  const detail = id ? await getIssueForActor(actor, id) : null;
  if (!detail) notFound();
  return <IssueDetail actor={actor} detail={detail} />;
}
