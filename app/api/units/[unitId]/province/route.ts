import { z } from "zod";
import { provinceWorkbook } from "../../../../../lib/server/export/province-workbook";
import { findProvinceOverview } from "../../../../../lib/server/units/find-province-overview";
import { msg } from "../../../../../lib/i18n/message-text";
import { id, year } from "../../../../../lib/validation/primitives";
import { download, route, XLSX } from "../../../_lib/operation-route";

/**
 * The province page as an Excel workbook (?year=2013, default the newest): the same reach as the provinceOverview
 * query — the province's own accounts; a city never downloads its siblings' figures.
 */
export const GET = route({
  name: "GET /api/units/[unitId]/province",
  roles: "SIGNED_IN",
  input: z.object({
    unitId: id,
    year: z
      .string()
      .regex(/^\d{4}$/, msg("province.yearFormat"))
      .transform(Number)
      .pipe(year)
      .nullish(),
  }),
  access: "read",
  resources: (i) => [{ kind: "unit", id: i.unitId }],
  run: async ({ input }) => {
    const overview = await findProvinceOverview(input);
    const name = `${overview.unit.name}-${overview.year}年市州绩效对比.xlsx`;
    return download((await provinceWorkbook(overview)) as BodyInit, XLSX, name, `province-${overview.year}.xlsx`);
  },
});
