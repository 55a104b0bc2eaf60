#!/usr/bin/env bash
# Opens the exported 年终考评计分表 in LibreOffice (headless), with formulas recalculated on load, converts
# it to CSV and checks that 工作业绩 / 科技投入与保障 / 总分 (分值, 计算得分, 最终得分) read the same as the
# totals the app computes. Proves the SUM formulas work in a real spreadsheet, not only in ExcelJS.
# Skips (exit 0) when LibreOffice is not installed; it is never installed from here.
set -euo pipefail
cd "$(dirname "$0")/.."

SOFFICE="$(command -v soffice || command -v libreoffice || true)"
if [ -z "$SOFFICE" ]; then
  echo "check-xlsx-libreoffice: LibreOffice (soffice) is not installed — skipped."
  exit 0
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export DATABASE_URL="file:$WORK/scores.db"
export SESSION_SECRET="${SESSION_SECRET:-check-xlsx-libreoffice-secret-0123456789}"
npm run --silent db:migrate > /dev/null
npm run --silent db:seed > /dev/null
EXPECTED="$(npx tsx scripts/write-score-workbook.ts "$WORK/scores.xlsx")"

# A private LibreOffice profile that always recalculates OOXML formulas on load (the default may keep the
# cached results), so the figures below come from LibreOffice evaluating the SUM formulas itself.
mkdir -p "$WORK/profile/user"
cat > "$WORK/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
# CSV filter options: comma (44), double quote (34), UTF-8 (76), first line 1.
"$SOFFICE" "-env:UserInstallation=file://$WORK/profile" --headless \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$WORK" "$WORK/scores.xlsx" > "$WORK/soffice.log" 2>&1 \
  || { cat "$WORK/soffice.log"; exit 1; }

EXPECTED="$EXPECTED" node --input-type=module - "$WORK/scores.csv" <<'JS'
import fs from "node:fs";
const expected = JSON.parse(process.env.EXPECTED);
const text = fs.readFileSync(process.argv[2], "utf8").replace(/^\uFEFF/, "");
// minimal RFC 4180 reader: quoted fields may hold commas and line breaks
const rows = [];
let row = [], field = "", quoted = false;
for (let i = 0; i < text.length; i++) {
  const c = text[i];
  if (quoted) {
    if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
    else if (c === '"') quoted = false;
    else field += c;
  } else if (c === '"') quoted = true;
  else if (c === ",") { row.push(field); field = ""; }
  else if (c === "\n" || c === "\r") {
    if (c === "\r" && text[i + 1] === "\n") i++;
    row.push(field); rows.push(row); row = []; field = "";
  } else field += c;
}
if (field || row.length) { row.push(field); rows.push(row); }
const header = rows[0];
const col = (name) => header.indexOf(name);
const columns = ["分值", "计算得分", "最终得分"].map(col);
if (columns.some((c) => c < 0)) throw new Error(`unexpected header: ${header.join(",")}`);
let failures = 0;
for (const [label, values] of Object.entries(expected)) {
  // the last match: the area 科技投入与保障 shares its name with its category's total row, which comes last
  const found = rows.findLast((r) => r[0] === label);
  if (!found) { console.error(`missing row ${label}`); failures++; continue; }
  const got = columns.map((c) => Number(String(found[c]).replace(/,/g, "")));
  const want = values.map((v) => Math.round(v * 100) / 100);
  const ok = got.every((g, i) => Math.abs(g - want[i]) < 0.005);
  console.log(`${ok ? "ok  " : "FAIL"} ${label}: LibreOffice ${got.join(" / ")} — app ${want.join(" / ")}`);
  if (!ok) failures++;
}
process.exit(failures ? 1 : 0);
JS
echo "check-xlsx-libreoffice: the workbook's totals match in LibreOffice."
