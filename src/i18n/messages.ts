import { createTranslator } from "next-intl";
import en from "../../messages/en.json";
import ganttEn from "../../messages/gantt/en.json";
import ganttZh from "../../messages/gantt/zh-CN.json";
import planEn from "../../messages/plan/en.json";
import planZh from "../../messages/plan/zh-CN.json";
import transferEn from "../../messages/plan-transfer/en.json";
import transferZh from "../../messages/plan-transfer/zh-CN.json";
import issuesEn from "../../messages/issues/en.json";
import issuesZh from "../../messages/issues/zh-CN.json";
import slaEn from "../../messages/sla/en.json";
import slaZh from "../../messages/sla/zh-CN.json";
import notificationsEn from "../../messages/notifications/en.json";
import notificationsZh from "../../messages/notifications/zh-CN.json";
import helpEn from "../../messages/help/en.json";
import helpZh from "../../messages/help/zh-CN.json";
import supportEn from "../../messages/support/en.json";
import supportZh from "../../messages/support/zh-CN.json";
import kpiEn from "../../messages/kpi/en.json";
import kpiZh from "../../messages/kpi/zh-CN.json";
import kpiTransferEn from "../../messages/kpi-transfer/en.json";
import kpiTransferZh from "../../messages/kpi-transfer/zh-CN.json";
import metricsEn from "../../messages/metrics/en.json";
import metricsZh from "../../messages/metrics/zh-CN.json";
import dashboardsEn from "../../messages/dashboards/en.json";
import dashboardsZh from "../../messages/dashboards/zh-CN.json";
import zhCN from "../../messages/zh-CN.json";
import type { Locale } from "./config";

// The core catalogue plus one file per module (each under its own top-level namespace), so that
// modules can be worked on without touching one shared file.
export const MESSAGES = {
  "zh-CN": { ...zhCN, ...planZh, ...ganttZh, ...transferZh, ...issuesZh, ...slaZh, ...notificationsZh, ...helpZh, ...supportZh,
    ...kpiZh, ...kpiTransferZh, ...metricsZh, ...dashboardsZh },
  en: { ...en, ...planEn, ...ganttEn, ...transferEn, ...issuesEn, ...slaEn, ...notificationsEn, ...helpEn, ...supportEn,
    ...kpiEn, ...kpiTransferEn, ...metricsEn, ...dashboardsEn },
} as const;
export type Messages = (typeof MESSAGES)["zh-CN"];

/** A translator usable outside React (server actions, route handlers, tests). */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] as Messages });
}
