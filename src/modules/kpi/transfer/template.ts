import "server-only";
import ExcelJS from "exceljs";
import type { Locale } from "@/i18n/config";
import { translate } from "@/modules/plan/transfer/columns";
import { dayOf, grainOf, nextPeriodStart, periodStart } from "../logic";
import { COLUMNS } from "./limits";
import { importableKpis } from "./queries";

// The import template, as .xlsx (values sheet + a sheet listing every KPI code with its period format)
// or CSV (UTF-8 with BOM, so Excel in Chinese opens it without mangling). Its example rows are the next
// period of a few real KPIs, so a downloaded template imports as it is once the values are filled in.

type Kpi = Awaited<ReturnType<typeof importableKpis>>[number];
type Row = [string, string, number | null, string];

const FORMAT = { DAILY: "YYYY-MM-DD", WEEKLY: "YYYY-MM-DD | YYYY-Www", MONTHLY: "YYYY-MM | YYYY-MM-DD" } as const;

function exampleRows(kpis: Kpi[], today: string): Row[] {
  return kpis.slice(0, 3).map((k) => {
    const grain = grainOf(k.frequency);
    const latest = dayOf(k.latestPeriodStart);
    const next = latest ? nextPeriodStart(latest, grain) : periodStart(today, grain);
    const period = next > today ? periodStart(today, grain) : next;
    return [k.code, k.frequency === "MONTHLY" ? period.slice(0, 7) : period, k.latestValue, ""];
  });
}

export async function templateXlsx(locale: Locale, today: string): Promise<Buffer> {
  const t = translate(locale);
  const kpis = await importableKpis();
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const values = workbook.addWorksheet(t("kpiTransfer.template.valuesSheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  values.columns = COLUMNS.map((key) => ({ header: key, key, width: key === "note" ? 40 : 16 }));
  // Text, so Excel keeps "2026-11" as typed instead of turning it into a date of its own choosing.
  values.getColumn(2).numFmt = "@";
  for (const row of exampleRows(kpis, today)) values.addRow(row);
  values.getRow(1).font = { bold: true };
  for (const [i, key] of COLUMNS.entries()) values.getRow(1).getCell(i + 1).note = t(`kpiTransfer.columns.${key}Hint`);

  const list = workbook.addWorksheet(t("kpiTransfer.template.kpisSheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  list.columns = [
    { header: "kpi_code", width: 26 },
    { header: t("kpiTransfer.template.name"), width: 28 },
    { header: t("kpiTransfer.template.unit"), width: 8 },
    { header: t("kpiTransfer.template.frequency"), width: 10 },
    { header: t("kpiTransfer.template.periodFormat"), width: 26 },
    { header: t("kpiTransfer.template.latest"), width: 14 },
  ];
  for (const k of kpis) {
    list.addRow([k.code, locale === "en" ? k.nameEn : k.nameZh, k.unit, t(`kpiTransfer.frequencies.${k.frequency}`), FORMAT[k.frequency], dayOf(k.latestPeriodStart)]);
  }
  list.getRow(1).font = { bold: true };
  const readme = workbook.addWorksheet(t("kpiTransfer.template.readmeSheet"));
  readme.getColumn(1).width = 100;
  for (const line of t("kpiTransfer.template.readme").split("\n")) readme.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export async function templateCsv(today: string): Promise<string> {
  const rows = exampleRows(await importableKpis(), today);
  return `\uFEFF${[[...COLUMNS], ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
