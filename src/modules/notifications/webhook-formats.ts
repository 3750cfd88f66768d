import type { WebhookFormat } from "@/generated/prisma/enums";

// What each chat tool's incoming-webhook ("群机器人") expects. One message = a subject and a body in
// Markdown; each tool gets the closest thing it renders.

// WeCom rejects markdown content over 4096 bytes; DingTalk and Feishu allow more, Slack 40k characters.
const MAX_BYTES: Record<WebhookFormat, number> = { WECOM: 4000, DINGTALK: 18_000, FEISHU: 18_000, SLACK: 38_000 };

/** Cuts text to a byte budget (UTF-8) without splitting a character, marking the cut. */
export function truncateBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  let out = "";
  let used = 0;
  const budget = maxBytes - encoder.encode("…").length;
  for (const ch of text) {
    const size = encoder.encode(ch).length;
    if (used + size > budget) break;
    out += ch;
    used += size;
  }
  return `${out}…`;
}

/** Markdown → plain text for tools that show text only: links become "text (url)", emphasis and heading marks go. */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1 ($2)")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/(^|\s)[*_]([^*_\n]+)[*_](?=\s|$|[，。,.])/g, "$1$2")
    .replace(/^>\s?/gm, "");
}

/** Markdown → Slack mrkdwn: *bold*, <url|text> links, headings as bold lines. */
export function markdownToSlack(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "<$2|$1>")
    .replace(/^#{1,6}\s+(.+)$/gm, "*$1*")
    .replace(/\*\*([^*]+)\*\*/g, "*$1*");
}

export function webhookPayload(format: WebhookFormat, subject: string, markdown: string): unknown {
  const limit = MAX_BYTES[format];
  switch (format) {
    case "WECOM":
      return { msgtype: "markdown", markdown: { content: truncateBytes(`## ${subject}\n\n${markdown}`, limit) } };
    case "DINGTALK":
      // DingTalk shows `title` in the conversation list and notifications, `text` in the chat.
      return { msgtype: "markdown", markdown: { title: subject, text: truncateBytes(`## ${subject}\n\n${markdown}`, limit) } };
    case "FEISHU":
      return { msg_type: "text", content: { text: truncateBytes(`${subject}\n\n${markdownToPlain(markdown)}`, limit) } };
    case "SLACK":
      return { text: truncateBytes(`*${subject}*\n\n${markdownToSlack(markdown)}`, limit) };
  }
}

/**
 * Why a delivery failed, or null. The Chinese tools answer HTTP 200 even when they refuse a message
 * (bad key, keyword check, rate limit) and put the reason in the body, so the body is read too.
 */
export function webhookResponseError(format: WebhookFormat, status: number, body: string): string | null {
  const snippet = body.trim().slice(0, 300);
  if (status < 200 || status >= 300) return `HTTP ${status}${snippet ? `: ${snippet}` : ""}`;
  if (format === "SLACK") return snippet === "" || snippet === "ok" ? null : snippet;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (format === "FEISHU") {
    const code = json.code ?? json.StatusCode;
    return code === undefined || code === 0 ? null : `${String(code)}: ${String(json.msg ?? json.StatusMessage ?? "")}`;
  }
  const code = json.errcode;
  return code === undefined || code === 0 ? null : `${String(code)}: ${String(json.errmsg ?? "")}`;
}

/**
 * A webhook URL with its secret hidden, for lists and the audit log: the key sits in the query
 * (WeCom `key`, DingTalk `access_token`) or the last path segment (Feishu, Slack).
 */
export function maskWebhookUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "•••";
  }
  const hide = (s: string) => (s.length <= 6 ? "•••" : `•••${s.slice(-4)}`);
  const segments = url.pathname.split("/");
  const last = segments.length - 1;
  if (segments[last] && segments[last]!.length >= 16) segments[last] = hide(segments[last]!);
  const query = [...url.searchParams].map(([k, v]) => `${k}=${hide(v)}`).join("&");
  return `${url.origin}${segments.join("/")}${query ? `?${query}` : ""}`;
}
