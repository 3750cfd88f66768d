import { demoteHeadings } from "./faq-guide";

// The draft article written from a resolved issue: the problem as the reporter described it and the
// solution support gave them. Headings follow the writer's language; the texts stay as written.

const HEADINGS = {
  "zh-CN": { problem: "问题描述", solution: "解决方法", missing: "（请在此补充解决方法。）", source: (key: string) => `整理自问题 ${key}。` },
  en: { problem: "Problem", solution: "Solution", missing: "(Describe the solution here.)", source: (key: string) => `Written up from issue ${key}.` },
} as const;

export function articleBodyFromIssue(
  issue: { key: string; description: string },
  solution: string | null,
  locale: keyof typeof HEADINGS,
): string {
  const h = HEADINGS[locale];
  return [
    `## ${h.problem}`,
    "",
    demoteHeadings(issue.description.trim(), 2),
    "",
    `## ${h.solution}`,
    "",
    solution?.trim() ? demoteHeadings(solution.trim(), 2) : h.missing,
    "",
    `> ${h.source(issue.key)}`,
    "",
  ].join("\n");
}
