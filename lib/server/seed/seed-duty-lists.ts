import { XIANGYIN_DUTIES } from "../../../prisma/seed-data/xiangyin-duties";
import { YIYANG_DUTIES } from "../../../prisma/seed-data/yiyang-duties";
import { db } from "../db";
import { loadDutyList, type LoadedDutyList } from "./load-duty-list";

/**
 * The embedded 责任清单: 益阳市科技局's 主要职责 (from its 2013 plan) and 湘阴县科技局's full list (a county of
 * 岳阳市, a unit of its own without a parent). A unit that already has its list is left untouched.
 */
export async function seedDutyLists(): Promise<LoadedDutyList[]> {
  return [await loadDutyList(db, YIYANG_DUTIES), await loadDutyList(db, XIANGYIN_DUTIES)];
}
