import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { notFound } from "../errors";
import { assertCanLinkDuties, auditLabel } from "./duty-rules";
import { dutyLinkInclude, toDutyLink, type DutyLinkView } from "./duty-views";

/**
 * An administrator removes a target's link to a duty or work item of their own unit. The removal and its
 * audit row (what the link was) commit together; the removed link is returned.
 */
export async function unlinkTargetDuty(options: { user: SessionUser; linkId: string }): Promise<DutyLinkView> {
  const { user } = options;
  const link = await db.targetDutyLink.findUnique({
    where: { id: options.linkId },
    include: { ...dutyLinkInclude, duty: { select: { id: true, seq: true, text: true, unitId: true } } },
  });
  if (!link) throw notFound("noun.link");
  assertCanLinkDuties(user, link.duty.unitId);
  await db.$transaction(async (tx) => {
    await tx.targetDutyLink.delete({ where: { id: link.id } });
    await writeAudit(tx, {
      userId: user.id,
      action: "UNLINK_TARGET_DUTY",
      entityType: "TargetDutyLink",
      entityId: link.id,
      targetId: link.targetId,
      before: {
        duty: auditLabel(link.duty.seq, link.duty.text),
        workItem: link.workItem ? auditLabel(link.workItem.seq, link.workItem.text) : null,
      },
    });
  });
  return toDutyLink({ ...link, duty: { id: link.duty.id, seq: link.duty.seq, text: link.duty.text } });
}
