import { db } from "../db";

export interface UnitView {
  id: string;
  name: string;
  level: "PROVINCE" | "CITY" | "COUNTY";
  region: string | null;
}

export async function listUnits(): Promise<UnitView[]> {
  const units = await db.unit.findMany({ orderBy: [{ level: "asc" }, { name: "asc" }] });
  return units.map((u) => ({ id: u.id, name: u.name, level: u.level as UnitView["level"], region: u.region }));
}
