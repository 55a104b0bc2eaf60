import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import type { AuditPersonView } from "./find-audit-log";

export interface AuditTargetOptionView {
  id: string;
  code: string;
  title: string;
  planYear: number;
}

export interface AuditFilterOptionsView {
  /** every account of the reader's bureau, disabled ones too (they may have written entries) */
  users: AuditPersonView[];
  /** every target of the bureau's plans, newest plan first, in plan order */
  targets: AuditTargetOptionView[];
  /** the action codes present in the bureau's log */
  actions: string[];
}

// Chinese names in 拼音 order, as people look for them (the database would sort by code point).
const byPinyin = new Intl.Collator("zh-CN");

/** The choices of the log page's filter form, in three statements. */
export async function findAuditFilterOptions(options: { user: SessionUser }): Promise<AuditFilterOptionsView> {
  const unitId = options.user.unitId;
  const [users, targets, actions] = await Promise.all([
    db.user.findMany({ where: { unitId }, select: { id: true, displayName: true } }),
    db.target.findMany({
      where: { plan: { unitId } },
      select: { id: true, code: true, title: true, plan: { select: { year: true } } },
      orderBy: [{ plan: { year: "desc" } }, { sortOrder: "asc" }, { code: "asc" }],
    }),
    db.auditLog.findMany({
      where: { OR: [{ user: { unitId } }, { target: { plan: { unitId } } }] },
      distinct: ["action"],
      select: { action: true },
      orderBy: { action: "asc" },
    }),
  ]);
  return {
    users: users.sort((a, b) => byPinyin.compare(a.displayName, b.displayName) || a.id.localeCompare(b.id)),
    targets: targets.map((t) => ({ id: t.id, code: t.code, title: t.title, planYear: t.plan.year })),
    actions: actions.map((a) => a.action),
  };
}
