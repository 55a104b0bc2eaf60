import type { PrismaClient } from "../../../generated/prisma/client";
import { effectiveEntries, itemsFromTypedCounts } from "../../domain";
import { writeAudit } from "../audit/write-audit";
import { dbDateToIso, isoToDbDate } from "../db-dates";

/**
 * A data upgrade run by every `npm run db:seed` (so by setup): a count target that has typed figures but no
 * named items yet gets placeholder items that keep its count (lib/domain/count-items.ts
 * itemsFromTypedCounts), each saying it needs a name, number and evidence. Attributed to whoever typed the
 * figure, audited as a system action; targets that already have items are left alone, so it runs once.
 */
export async function convertTypedCounts(db: PrismaClient): Promise<{ targets: number; items: number }> {
  const targets = await db.target.findMany({
    where: { kind: "COUNT", countItems: { none: {} }, progress: { some: { action: { in: ["RECORD", "CORRECTION"] } } } },
    select: { id: true, code: true, owners: { select: { sectionId: true }, take: 1 } },
  });
  let items = 0;
  for (const target of targets) {
    const entries = await db.progressEntry.findMany({ where: { targetId: target.id }, orderBy: { createdAt: "asc" } });
    const counted = effectiveEntries(entries);
    const days = itemsFromTypedCounts(
      counted.map((e) => ({ value: e.value, reportedFor: dbDateToIso(e.reportedFor), recordedAt: e.createdAt.toISOString() })),
    );
    if (days.length === 0) continue;
    const reporterOn = new Map(counted.map((e) => [dbDateToIso(e.reportedFor), e]));
    await db.$transaction(async (tx) => {
      await tx.countItem.createMany({
        data: days.map((day, i) => ({
          targetId: target.id,
          name: `历史填报第${i + 1}项（待补充名称）`,
          date: isoToDbDate(day),
          sectionId: target.owners[0]?.sectionId ?? null,
          description: `升级前按 ${day} 填报的数量转换而来，请补充事项名称、批准文号和佐证`,
          createdById: reporterOn.get(day)!.reportedById,
          isDemo: reporterOn.get(day)!.isDemo,
        })),
      });
      await writeAudit(tx, {
        userId: null,
        action: "CONVERT_TYPED_COUNT",
        entityType: "Target",
        entityId: target.id,
        targetId: target.id,
        before: { count: days.length, items: 0 },
        after: { count: days.length, items: days.length },
      });
    });
    items += days.length;
  }
  return { targets: targets.length, items };
}
