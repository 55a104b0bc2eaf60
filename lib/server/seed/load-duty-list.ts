import type { PrismaClient } from "../../../generated/prisma/client";
import type { DutyListSeed } from "./duty-list-seed";

export interface LoadedDutyList {
  unitId: string;
  /** true when the unit already had a 责任清单: nothing of the list was written */
  skipped: boolean;
  sectionIds: Map<string, string>;
  duties: number;
  workItems: number;
}

/**
 * Writes a unit's 责任清单 (unit, sections, duties with their work items, boundaries, supervision procedures,
 * public services) in one transaction. The unit and its sections are reused by name, so the list of a
 * bureau whose plan is already loaded joins that bureau. A unit that already has duties is left as it is
 * rather than merged or rewritten (rewriting would drop the targets linked to its duties), so loading is
 * safe to repeat.
 */
export async function loadDutyList(db: PrismaClient, seed: DutyListSeed): Promise<LoadedDutyList> {
  return db.$transaction(async (tx) => {
    const parent = seed.unit.parentName ? await tx.unit.findUniqueOrThrow({ where: { name: seed.unit.parentName } }) : null;
    const unit = await tx.unit.upsert({
      where: { name: seed.unit.name },
      update: {},
      create: { name: seed.unit.name, level: seed.unit.level, region: seed.unit.region, parentId: parent?.id },
    });
    const sectionIds = new Map<string, string>();
    const phones = new Map<string, string | null>();
    const existingSections = await tx.section.findMany({ where: { unitId: unit.id } });
    for (const s of existingSections) {
      sectionIds.set(s.name, s.id);
      phones.set(s.name, s.phone);
    }
    for (const s of seed.sections) {
      if (sectionIds.has(s.name)) continue;
      const section = await tx.section.create({
        data: { unitId: unit.id, name: s.name, phone: s.phone, sortOrder: sectionIds.size },
      });
      sectionIds.set(s.name, section.id);
      phones.set(s.name, s.phone);
    }

    const empty = { unitId: unit.id, sectionIds, duties: 0, workItems: 0 };
    if ((await tx.duty.count({ where: { unitId: unit.id } })) > 0) return { ...empty, skipped: true };

    let workItems = 0;
    for (const d of seed.duties) {
      let section: string | null = null;
      const items = d.items.map((item, i) => {
        section = item.section ?? section;
        if (!section) throw new Error(`职责 ${d.seq} 的第 ${i + 1} 项工作事项没有责任科室`);
        return {
          seq: i + 1,
          text: item.text,
          sectionId: requireSection(sectionIds, section, `职责 ${d.seq}`),
          phone: item.phone ?? phones.get(section) ?? null,
        };
      });
      await tx.duty.create({ data: { unitId: unit.id, seq: d.seq, text: d.text, items: { create: items } } });
      workItems += items.length;
    }
    for (const b of seed.boundaries) {
      await tx.dutyBoundary.create({
        data: {
          unitId: unit.id,
          seq: b.seq,
          matter: b.matter,
          legalBasis: b.legalBasis,
          caseText: b.caseText,
          parties: { create: b.parties.map((p, i) => ({ seq: i + 1, department: p.department, division: p.division })) },
        },
      });
    }
    await tx.supervisionProcedure.createMany({
      data: seed.procedures.map((p, i) => ({ unitId: unit.id, part: p.part, seq: i + 1, heading: p.heading, body: p.body })),
    });
    await tx.publicService.createMany({
      data: seed.publicServices.map((s) => ({
        unitId: unit.id,
        seq: s.seq,
        name: s.name,
        content: s.content,
        sectionId: s.section ? requireSection(sectionIds, s.section, `公共服务事项 ${s.seq}`) : null,
        phone: s.phone ?? (s.section ? (phones.get(s.section) ?? null) : null),
      })),
    });
    return { ...empty, skipped: false, duties: seed.duties.length, workItems };
  });
}

function requireSection(ids: Map<string, string>, name: string, where: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`${where} 的责任科室「${name}」不在该单位的科室列表中`);
  return id;
}
