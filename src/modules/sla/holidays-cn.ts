// China's public holidays and adjusted working days (调休), as data.
//
// Source for 2026: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号, 2025年11月4日,
// published by Xinhua, e.g. https://politics.gmw.cn/2025-11/04/content_38391083.htm). Each year's
// notice appears around November; add the next year here as one more entry in the same shape.

export interface HolidayPresetDay {
  date: string;
  kind: "HOLIDAY" | "WORKDAY";
  name: string;
}

interface Festival {
  name: string;
  /** First and last day off, inclusive, as the notice states them (weekends inside included). */
  off: [string, string];
  /** 调休: weekend days worked instead. */
  work: string[];
}

const NOTICES: Record<number, Festival[]> = {
  2026: [
    { name: "元旦", off: ["2026-01-01", "2026-01-03"], work: ["2026-01-04"] },
    { name: "春节", off: ["2026-02-15", "2026-02-23"], work: ["2026-02-14", "2026-02-28"] },
    { name: "清明节", off: ["2026-04-04", "2026-04-06"], work: [] },
    { name: "劳动节", off: ["2026-05-01", "2026-05-05"], work: ["2026-05-09"] },
    { name: "端午节", off: ["2026-06-19", "2026-06-21"], work: [] },
    { name: "中秋节", off: ["2026-09-25", "2026-09-27"], work: [] },
    { name: "国庆节", off: ["2026-10-01", "2026-10-07"], work: ["2026-09-20", "2026-10-10"] },
  ],
};

export const CN_PRESET_YEARS: readonly number[] = Object.keys(NOTICES).map(Number);

/** Every day of a year's notice: each holiday day (named after its festival) and each 调休 working day. */
export function chinaHolidayPreset(year: number): HolidayPresetDay[] {
  const festivals = NOTICES[year];
  if (!festivals) return [];
  const days: HolidayPresetDay[] = [];
  for (const f of festivals) {
    for (let t = Date.parse(`${f.off[0]}T00:00:00Z`); t <= Date.parse(`${f.off[1]}T00:00:00Z`); t += 86_400_000) {
      days.push({ date: new Date(t).toISOString().slice(0, 10), kind: "HOLIDAY", name: f.name });
    }
    for (const date of f.work) days.push({ date, kind: "WORKDAY", name: `${f.name}调休上班` });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
