import { createTranslator } from "next-intl";
import en from "../../messages/en.json";
import zhCN from "../../messages/zh-CN.json";
import type { Locale } from "./config";

export const MESSAGES = { "zh-CN": zhCN, en } as const;
export type Messages = typeof zhCN;

/** A translator usable outside React (server actions, route handlers, tests). */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] as Messages });
}
