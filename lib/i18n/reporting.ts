/**
 * Messages of the reporting-discipline features (#6): named items, period locks, on-time reporting,
 * applicability, thresholds and self-assessment. Merged into lib/i18n/messages.ts as `reporting`; the
 * English object must have the same keys (typecheck fails otherwise).
 */
export const reportingZh = {
  band: { GREEN: "绿", AMBER: "黄", RED: "红", NONE: "—" },
  applicability: { ACTIVE: "正常计分", NOT_APPLICABLE: "不适用", SUSPENDED: "暂停" },
  pointsRule: { REDISTRIBUTE: "分值在本领域内重新分配", REMOVE: "分值从总分中扣除" },
  direction: { HIGHER_IS_BETTER: "越大越好", LOWER_IS_BETTER: "越小越好（上限）" },
  submission: { ON_TIME: "按时", LATE: "迟报", MISSING: "未报", PENDING: "未到期" },
  lockReason: { OPEN: "开放", AUTO: "已过锁定期", SNAPSHOT: "考核快照已锁定", ADMIN_LOCKED: "管理员锁定", REOPENED: "已重新开放" },
  items: {},
  locks: {},
  discipline: {},
  selfScore: {},
} as const;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type ReportingMessages = Shape<typeof reportingZh>;

export const reportingEn: ReportingMessages = {
  band: { GREEN: "Green", AMBER: "Amber", RED: "Red", NONE: "—" },
  applicability: { ACTIVE: "Scored", NOT_APPLICABLE: "Not applicable", SUSPENDED: "Suspended" },
  pointsRule: { REDISTRIBUTE: "Points redistributed within the area", REMOVE: "Points removed from the total" },
  direction: { HIGHER_IS_BETTER: "Higher is better", LOWER_IS_BETTER: "Lower is better (cap)" },
  submission: { ON_TIME: "On time", LATE: "Late", MISSING: "Missing", PENDING: "Not yet due" },
  lockReason: { OPEN: "Open", AUTO: "Past lock date", SNAPSHOT: "Locked by review snapshot", ADMIN_LOCKED: "Locked by administrator", REOPENED: "Reopened" },
  items: {},
  locks: {},
  discipline: {},
  selfScore: {},
};
