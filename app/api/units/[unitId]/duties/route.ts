import { z } from "zod";
import { canReadUnit } from "../../../../../lib/server/access/scope";
import { findDutyList } from "../../../../../lib/server/duties/find-duty-list";
import { dutyFileName, dutyWorkbook } from "../../../../../lib/server/export/duty-workbook";
import { id, text } from "../../../../../lib/validation/primitives";
import { download, route, XLSX } from "../../../_lib/operation-route";

/**
 * 责任清单 as an Excel workbook (部门职责, 职责边界, 公共服务事项); ?search= exports what the page's search shows.
 * Published like the dutyList query: any signed-in user, plan data only for readers of the unit's plans.
 */
export const GET = route({
  name: "GET /api/units/[unitId]/duties",
  roles: "SIGNED_IN",
  input: z.object({ unitId: id, search: text(200).nullish() }),
  access: "published",
  resources: (i) => [{ kind: "unit", id: i.unitId }],
  run: async ({ user, input, resources: [unit] }) => {
    const list = await findDutyList({ ...input, withPlanData: canReadUnit(user, unit) });
    return download((await dutyWorkbook(list)) as BodyInit, XLSX, `${dutyFileName(list)}.xlsx`, "duties.xlsx");
  },
});
