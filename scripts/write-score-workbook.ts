// Writes the 年终考评计分表 of the 2013 plan in DATABASE_URL to the given .xlsx path and prints the totals
// the app computes (JSON), for scripts/check-xlsx-libreoffice.sh to compare with LibreOffice's reading.
import fs from "node:fs";
import { db, disconnectDb } from "../lib/server/db";
import { scoreWorkbook } from "../lib/server/export/score-workbook";
import { findScoreSheet } from "../lib/server/scores/find-score-sheet";

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error("usage: tsx scripts/write-score-workbook.ts <out.xlsx>");
  const plan = await db.plan.findFirstOrThrow({ where: { year: 2013 } });
  const sheet = await findScoreSheet({ planId: plan.id });
  fs.writeFileSync(out, await scoreWorkbook(sheet));
  const total = (t: typeof sheet.work) => [t.points, t.computedScore, t.finalScore];
  console.log(JSON.stringify({ 工作业绩: total(sheet.work), 科技投入与保障: total(sheet.funding), 总分: total(sheet.overall) }));
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
