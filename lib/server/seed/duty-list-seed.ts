/**
 * A unit's 责任清单 as plain data: the shape of prisma/seed-data/xiangyin-duties.ts and of the 益阳 plan's
 * 单位主要职责. Numbers (`seq`) are the list's own 序号.
 */
export interface DutyListSeed {
  unit: { name: string; level: "PROVINCE" | "CITY" | "COUNTY"; region: string | null; parentName?: string };
  /** 科室 / 股室 with their 联系方式; reused by name when the unit already has them */
  sections: { name: string; phone: string | null }[];
  /** 一、部门职责 */
  duties: DutySeed[];
  /** 二、与相关部门的职责边界 */
  boundaries: BoundarySeed[];
  /** 三、事中事后监管制度 */
  procedures: ProcedureSeed[];
  /** 四、公共服务事项 */
  publicServices: PublicServiceSeed[];
}

export interface DutySeed {
  seq: number;
  /** 主要职责, verbatim */
  text: string;
  /** 具体工作事项, in the list's order; empty when the source names none */
  items: WorkItemSeed[];
}

/**
 * One row of the table. `section` and `phone` are given only where the source's cell is filled: an empty
 * 责任科室 cell means the section of the row above within the same duty; an empty 联系方式 cell means the
 * item's own section's phone.
 */
export interface WorkItemSeed {
  text: string;
  section?: string;
  phone?: string;
}

export interface BoundarySeed {
  seq: number;
  /** 管理事项 */
  matter: string;
  /** 相关部门 and each one's 职责分工, in the source's order */
  parties: { department: string; division: string }[];
  /** 相关依据 */
  legalBasis: string | null;
  /** 案例 */
  caseText: string | null;
}

export interface ProcedureSeed {
  /** e.g. （一）对属地管理的行政执法职权的监督检查 */
  part: string;
  /** e.g. 一、监督检查对象 */
  heading: string;
  /** paragraphs separated by a line break */
  body: string;
}

export interface PublicServiceSeed {
  seq: number;
  /** 服务事项 */
  name: string;
  /** 主要工作内容 */
  content: string;
  /** 承办机构 (a section of the unit) */
  section: string | null;
  /** 联系电话 */
  phone: string | null;
}
