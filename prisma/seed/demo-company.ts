import type { Role } from "../../src/generated/prisma/enums";

// The demo company: a process manufacturer as in seed 002 (formula BOM, batch traceability, QC).
export const DEMO_PASSWORD = "HdChem@2026";
export const DEMO_EMAIL_DOMAIN = "demo.hdchem.cn";

export const DEMO_DEPARTMENTS = [
  { code: "management", nameZh: "总经办", nameEn: "General Management" },
  { code: "sales", nameZh: "销售部", nameEn: "Sales" },
  { code: "purchasing", nameZh: "采购部", nameEn: "Purchasing" },
  { code: "warehouse", nameZh: "仓储部", nameEn: "Warehouse" },
  { code: "production", nameZh: "生产部", nameEn: "Production" },
  { code: "engineering", nameZh: "技术部", nameEn: "Engineering" },
  { code: "finance", nameZh: "财务部", nameEn: "Finance" },
  { code: "hr", nameZh: "人力资源部", nameEn: "Human Resources" },
  { code: "quality", nameZh: "质检部", nameEn: "Quality" },
  { code: "it", nameZh: "信息部", nameEn: "IT" },
] as const;

type DepartmentCode = (typeof DEMO_DEPARTMENTS)[number]["code"];

export interface DemoUser {
  login: string;
  name: string;
  role: Role;
  department: DepartmentCode;
  active?: boolean;
}

/** The first seven are the README's demo logins, one per role. */
export const DEMO_USERS: DemoUser[] = [
  { login: "admin", name: "周明", role: "ADMIN", department: "it" },
  { login: "exec", name: "王建国", role: "EXECUTIVE", department: "management" },
  { login: "pm", name: "李娜", role: "PROJECT_MANAGER", department: "it" },
  { login: "keyuser", name: "张伟", role: "KEY_USER", department: "warehouse" },
  { login: "support", name: "陈静", role: "SUPPORT", department: "it" },
  { login: "trainer", name: "刘洋", role: "TRAINER", department: "hr" },
  { login: "steward", name: "赵敏", role: "DATA_STEWARD", department: "engineering" },
  // Department leads and champions (业务骨干 / ERP 大使) who file issues and sign off deliverables.
  { login: "sun.li", name: "孙丽", role: "KEY_USER", department: "sales" },
  { login: "zhou.qiang", name: "周强", role: "KEY_USER", department: "purchasing" },
  { login: "wu.gang", name: "吴刚", role: "KEY_USER", department: "production" },
  { login: "zheng.jie", name: "郑洁", role: "KEY_USER", department: "quality" },
  { login: "feng.tao", name: "冯涛", role: "KEY_USER", department: "finance" },
  { login: "he.fang", name: "何芳", role: "KEY_USER", department: "hr" },
  { login: "xu.liang", name: "许亮", role: "KEY_USER", department: "engineering" },
  { login: "lin.hui", name: "林慧", role: "DATA_STEWARD", department: "finance" },
  { login: "huang.lei", name: "黄磊", role: "SUPPORT", department: "it" },
  { login: "gao.peng", name: "高鹏", role: "EXECUTIVE", department: "finance" },
  // A leaver: deactivated accounts stay for the audit trail.
  { login: "ma.chao", name: "马超", role: "KEY_USER", department: "sales", active: false },
];

export const demoEmail = (login: string) => `${login}@${DEMO_EMAIL_DOMAIN}`;
