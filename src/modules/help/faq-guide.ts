import type { ArticleKind, ErpModule } from "@/generated/prisma/enums";
import { HELP_MODULES } from "./constants";

// 《常见问题指南》: the most-viewed and most-linked published articles, grouped by module, as a printable
// page and as a Markdown file. Pure: the page and the download build from the same structure.

export interface GuideArticle {
  id: string;
  title: string;
  body: string;
  kind: ArticleKind;
  module: ErpModule | null;
  videoUrl: string | null;
  viewCount: number;
  linkCount: number;
}

export interface GuideSection {
  /** null = articles for every module. */
  module: ErpModule | null;
  articles: GuideArticle[];
}

export interface FaqGuide {
  mostViewed: GuideArticle[];
  mostLinked: GuideArticle[];
  sections: GuideSection[];
}

/** Both rankings, and every article in either, grouped by module (in the usual module order, general last). */
export function buildFaqGuide(mostViewed: GuideArticle[], mostLinked: GuideArticle[]): FaqGuide {
  const linked = mostLinked.filter((a) => a.linkCount > 0);
  const byId = new Map<string, GuideArticle>();
  for (const a of [...mostViewed, ...linked]) byId.set(a.id, a);
  const order: (ErpModule | null)[] = [...HELP_MODULES, null];
  const sections = order
    .map((module) => ({
      module,
      articles: [...byId.values()]
        .filter((a) => a.module === module)
        .sort((x, y) => y.viewCount - x.viewCount || y.linkCount - x.linkCount || x.title.localeCompare(y.title, "zh-CN")),
    }))
    .filter((s) => s.articles.length > 0);
  return { mostViewed, mostLinked: linked, sections };
}

/** Moves ATX headings down so an article's "## 步骤" sits under the guide's own headings; code fences are left alone. */
export function demoteHeadings(markdown: string, levels: number): string {
  let fence: string | null = null;
  return markdown
    .split("\n")
    .map((line) => {
      const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fenceMatch) {
        const marker = fenceMatch[1]!;
        if (fence === null) fence = marker[0]!;
        else if (marker[0] === fence) fence = null;
        return line;
      }
      if (fence !== null) return line;
      return line.replace(/^(\s{0,3})(#{1,6})(?=\s|$)/, (_m, indent: string, hashes: string) => `${indent}${"#".repeat(Math.min(6, hashes.length + levels))}`);
    })
    .join("\n");
}

export interface GuideLabels {
  title: string;
  generatedAt: string;
  mostViewed: string;
  mostLinked: string;
  rank: string;
  article: string;
  module: string;
  views: string;
  linkedIssues: string;
  video: string;
  empty: string;
  moduleName: (module: ErpModule | null) => string;
}

// Table cells: a pipe or line break would end the cell early.
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function rankingTable(rows: GuideArticle[], labels: GuideLabels): string[] {
  return [
    `| ${labels.rank} | ${labels.article} | ${labels.module} | ${labels.views} | ${labels.linkedIssues} |`,
    "|---:|---|---|---:|---:|",
    ...rows.map((a, i) => `| ${i + 1} | ${cell(a.title)} | ${cell(labels.moduleName(a.module))} | ${a.viewCount} | ${a.linkCount} |`),
  ];
}

/** The guide as one Markdown document (UTF-8 text; the caller adds the file name and headers). */
export function faqGuideMarkdown(guide: FaqGuide, labels: GuideLabels): string {
  const lines: string[] = [`# ${labels.title}`, "", `> ${labels.generatedAt}`, ""];
  if (guide.sections.length === 0) return [...lines, labels.empty, ""].join("\n");
  lines.push(`## ${labels.mostViewed}`, "", ...rankingTable(guide.mostViewed, labels), "");
  if (guide.mostLinked.length > 0) lines.push(`## ${labels.mostLinked}`, "", ...rankingTable(guide.mostLinked, labels), "");
  for (const section of guide.sections) {
    lines.push(`## ${labels.moduleName(section.module)}`, "");
    for (const a of section.articles) {
      lines.push(`### ${a.title}`, "", `*${labels.views} ${a.viewCount} · ${labels.linkedIssues} ${a.linkCount}*`, "");
      if (a.videoUrl) lines.push(`${labels.video}: <${a.videoUrl}>`, "");
      lines.push(demoteHeadings(a.body.trim(), 3), "");
    }
  }
  return lines.join("\n");
}

/** How many articles each ranking lists: the choices offered on the page. */
export const GUIDE_TOPS = [10, 20, 50] as const;

export function parseGuideTop(value: string | undefined): number {
  const n = Number(value);
  return (GUIDE_TOPS as readonly number[]).includes(n) ? n : GUIDE_TOPS[0];
}
