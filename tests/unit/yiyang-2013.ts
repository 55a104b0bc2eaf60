/**
 * Example targets modelled on the 2013 绩效计划书 of 益阳市科技局. Figures that the plan text does not
 * give (baselines, report values) are illustrative.
 */
import type { MonthWindow, ProgressPoint, TargetMeasure } from "../../lib/domain/types";

export interface ExampleTarget {
  title: string;
  measure: TargetMeasure;
  window: MonthWindow;
}

/** 组建市级工程技术研究中心 4 家 (6-12月): 2013-06-01..2013-12-31, 214 days */
export const engineeringCentres: ExampleTarget = {
  title: "组建市级工程技术研究中心 4 家",
  measure: { kind: "COUNT", targetValue: 4, baselineValue: null },
  window: { year: 2013, startMonth: 6, endMonth: 12 },
};

/** 引进农业新品种、新技术 5 项 (3-10月): 2013-03-01..2013-10-31, 245 days */
export const agriVarieties: ExampleTarget = {
  title: "引进农业新品种、新技术 5 项",
  measure: { kind: "COUNT", targetValue: 5, baselineValue: null },
  window: { year: 2013, startMonth: 3, endMonth: 10 },
};

/** 扶持企业建设博士后科研工作联系点、研究生实习基地 3 家 (11月前 → 1-10月) */
export const postdocStations: ExampleTarget = {
  title: "扶持企业建设博士后科研工作联系点、研究生实习基地 3 家",
  measure: { kind: "COUNT", targetValue: 3, baselineValue: null },
  window: { year: 2013, startMonth: 1, endMonth: 10 },
};

/** 高企数量增长幅度保持在10%以上 (1-12月); baseline of 50 firms is illustrative */
export const highTechFirms: ExampleTarget = {
  title: "高企数量增长幅度保持在10%以上",
  measure: { kind: "GROWTH_PCT", targetValue: 10, baselineValue: 50 },
  window: { year: 2013, startMonth: 1, endMonth: 12 },
};

/** 部门预算经费预计 267.9 万元 (1-12月) */
export const budget: ExampleTarget = {
  title: "部门预算经费预计 267.9 万元",
  measure: { kind: "AMOUNT", targetValue: 267.9, baselineValue: null },
  window: { year: 2013, startMonth: 1, endMonth: 12 },
};

/** 推进中国黑茶产业联盟创新服务平台建设 (6-12月) */
export const blackTeaPlatform: ExampleTarget = {
  title: "推进中国黑茶产业联盟创新服务平台建设",
  measure: { kind: "MILESTONE", targetValue: null, baselineValue: null },
  window: { year: 2013, startMonth: 6, endMonth: 12 },
};

/** 创新创优：年末申报 (年底 → 12月) */
export const innovationAward: ExampleTarget = {
  title: "创新创优：年末申报",
  measure: { kind: "DECLARATION", targetValue: null, baselineValue: null },
  window: { year: 2013, startMonth: 12, endMonth: 12 },
};

/** A report of `value` for a day, recorded at noon Beijing time that day unless told otherwise. */
export function point(reportedFor: string, value: number, recordedAt = `${reportedFor}T12:00:00+08:00`): ProgressPoint {
  return { value, reportedFor, recordedAt };
}
