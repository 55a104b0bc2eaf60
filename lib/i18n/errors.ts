import type { Shape } from "./shape";

/**
 * The error catalogue: every message the server answers with and the shared schemas (lib/validation) give a
 * form, in both languages, keyed by a message id. {name} is a value; a value may be a message itself (a field's
 * name, a reason), put into words in the same language. Services and schemas name a message with
 * msg(id, values) (lib/i18n/message-text.ts); it is put into words where it leaves the server (graphql/errors.ts,
 * app/api/_lib/operation-route.ts) in the request's language, and in a form in the page's. The Chinese wording is
 * what the API has always said.
 *
 * Written as [Chinese, English] pairs so each message reads beside its translation; errorsZh and errorsEn below
 * are the two sides, merged into lib/i18n/messages.ts as `errors`.
 */
const CATALOGUE = {
  // ——— what a message names (values of other messages): English nouns in lower case, never first in a sentence
  "noun.unit": ["单位", "unit"],
  "noun.section": ["科室", "section"],
  "noun.user": ["用户", "user"],
  "noun.account": ["账号", "account"],
  "noun.plan": ["计划", "plan"],
  "noun.area": ["领域", "area"],
  "noun.target": ["指标", "target"],
  "noun.entry": ["填报记录", "report"],
  "noun.report": ["报送记录", "report"],
  "noun.item": ["登记事项", "item"],
  "noun.evidence": ["佐证材料", "evidence"],
  "noun.file": ["文件", "file"],
  "noun.review": ["考核", "review"],
  "noun.rectification": ["整改通知", "rectification notice"],
  "noun.duty": ["职责", "duty"],
  "noun.workItem": ["工作事项", "work item"],
  "noun.dutyLink": ["职责关联", "duty link"],
  "noun.link": ["关联", "link"],
  "noun.score": ["评分", "score"],
  "noun.selfScore": ["自评分", "self-assessment"],
  "noun.record": ["记录", "record"],
  "noun.provinceScore": ["省厅评分", "province score"],

  // ——— any operation
  notFound: ["{what}不存在", "This {what} does not exist"],
  "request.invalidInput": ["输入无效", "Invalid input"],
  "request.signInFirst": ["请先登录", "Please sign in first"],
  "request.roleForbidden": ["当前角色无权执行此操作", "Your role may not do this"],
  "request.credentialInvalid": ["凭据无效", "Invalid credential"],
  "request.passwordExpired": ["密码已过期，请先修改密码", "Your password has expired. Please change it first"],
  "request.temporaryPassword": ["请先修改临时密码，再使用系统", "Please change your temporary password before using the system"],
  "request.reportOwnTargets": ["只能填报本科室负责的指标", "You can only report on your section's own targets"],
  "request.writeOwnUnit": ["只能操作本单位的{what}", "You can only change your own unit's {what}"],
  "request.readOtherUnit": ["无权查看其他单位的{what}", "You may not view another unit's {what}"],
  "request.duplicate": ["数据已存在（重复）", "This already exists (duplicate)"],
  "request.recordMissing": ["记录不存在", "Record not found"],
  "request.internal": ["服务器内部错误，请稍后重试", "Internal server error. Please try again later"],
  "request.tooManyVariableErrors": ["变量中的错误过多，已停止检查", "Too many errors in the variables; checking stopped"],
  "request.tooManyInFlight": ["同时进行的请求过多，请稍后重试", "Too many requests at once. Please try again shortly"],
  "request.formatInvalid": ["请求格式无效", "Invalid request format"],
  "request.dateScalar": ["日期格式应为 YYYY-MM-DD：{value}", "A date must be written YYYY-MM-DD: {value}"],

  // ——— what one GraphQL request may ask for (graphql/limits)
  "limit.tokens": ["查询过长：最多 {max} 个词法单元", "Query too long: at most {max} tokens"],
  "limit.aliases": ["查询中的别名过多：最多 {max} 个", "Too many aliases in the query: at most {max}"],
  "limit.depth": ["查询嵌套过深：最多 {max} 层", "Query nested too deeply: at most {max} levels"],
  "limit.directives": ["查询中的指令过多：最多 {max} 个", "Too many directives in the query: at most {max}"],
  "limit.cost": ["查询过于复杂：复杂度上限 {max}", "Query too complex: the cost limit is {max}"],
  "limit.rootFields": ["一次请求的根字段过多：最多 {max} 个", "Too many root fields in one request: at most {max}"],
  "limit.introspection": [
    "生产环境不提供整个 schema 的自省（__schema）；单个类型可用 __type(name: …) 查询",
    "Whole-schema introspection (__schema) is not offered in production; ask for one type with __type(name: …)",
  ],

  // ——— refusals of the runner
  "request.superviseOnly": ["只有上级省厅考核组可以评定{what}", "Only the provincial department's assessors above may assess this {what}"],

  // ——— list separators (lib/i18n/render-message.ts joinList)
  "separator.enumeration": ["、", ", "],
  "separator.semicolon": ["；", "; "],
  "separator.comma": ["，", ", "],
  "separator.colon": ["：", ": "],
  /** a remark after what it is about: 计划科（3） / 计划科 (3) (lib/i18n/render-message.ts aside) */
  "punct.aside": ["（{text}）", " ({text})"],

  // ——— a stale write (lib/server/concurrency/versioned-write.ts staleConflict): who saved what in between
  "conflict.updated": ["该{what}已被更新（{state}），{then}", "This {what} has been updated. {state}. {then}"],
  "conflict.updatedBy": [
    "该{what}已被更新：{who}于 {at} {change}。{state}，{then}",
    "This {what} has been updated by {who} at {at}: {change}. {state}. {then}",
  ],
  "conflict.change": ["{action}（{changes}）", "{action} ({changes})"],
  "conflict.versionNow": ["当前为第 {version} 版", "It is now version {version}"],
  "conflict.gone": ["该{what}已不存在", "The {what} no longer exists"],
  "conflict.thenRefresh": ["请刷新后再提交。", "Please refresh and submit again."],
  "conflict.thenRedownload": ["请重新下载本月填报表后再填。", "Please download the month's sheet again and fill it in anew."],

  // ——— plans: copy, import
  "plan.copyOwnUnit": ["只能复制本单位的计划", "You can only copy your own unit's plans"],
  "plan.yearTaken": [
    "{unit}已有 {year} 年的计划（{title}），不能重复创建",
    "{unit} already has a plan for {year} ({title}); it cannot be created twice",
  ],
  "plan.yearExists": ["{year} 年的计划已存在", "A plan for {year} already exists"],
  "planImport.unreadableXlsx": [
    "无法读取该 Excel 文件，请确认是 .xlsx 格式（可先下载导入模板）",
    "This Excel file cannot be read. Make sure it is an .xlsx file (the import template can be downloaded first)",
  ],
  "planImport.csvNotUtf8": [
    "CSV 文件须为 UTF-8 编码（在 Excel 中另存为“CSV UTF-8”）",
    'A CSV file must be UTF-8 encoded (in Excel, save as "CSV UTF-8")',
  ],
  "planImport.fileType": ["只能导入 .xlsx 或 .csv 文件", "Only .xlsx or .csv files can be imported"],
  "planImport.chooseFile": ["请选择要导入的文件", "Please choose a file to import"],
  "planImport.yearTaken": [
    "{unit}已有 {year} 年的计划（{title}），不能再导入同一年度",
    "{unit} already has a plan for {year} ({title}); the same year cannot be imported again",
  ],
  "planImport.problems": ["文件有 {count} 处问题，未导入：{first}", "The file has {count} problems and was not imported: {first}"],
  "planImport.problemsMore": ["文件有 {count} 处问题，未导入：{first}……", "The file has {count} problems and was not imported: {first} …"],
  "sheet.rowProblem": ["第 {row} 行：{problem}", "Row {row}: {problem}"],
  // ——— a sheet's problems (the plan template, the month sheet): the columns are the sheet's Chinese headers, quoted in English
  "sheet.column": ["{name}", '"{name}"'],
  "sheet.row": ["第 {row} 行", "row {row}"],
  "sheet.notNumber": ["{what}应为数字，而不是「{value}」", '{what} must be a number, not "{value}"'],
  "sheet.monthInteger": ["{what}应为 1–12 的整数", "{what} must be a whole number from 1 to 12"],
  "sheet.labelInvalid": ["{what}「{value}」无效，应为 {choices}", '"{value}" in {what} is not valid: write one of {choices}'],
  "sheet.monthsBothOrNeither": ["{start}和{end}须同时填写，或同时留空", "Fill in both {start} and {end}, or leave both empty"],
  "sheet.startAfterEnd": [
    "{startColumn}（{start}）不能晚于{endColumn}（{end}）",
    "{startColumn} ({start}) cannot be later than {endColumn} ({end})",
  ],
  "sheet.ownersRequired": [
    "请填写{what}；计划未指定时填“{unassigned}”",
    '{what} is required; where the plan names no section, write "{unassigned}"',
  ],
  "sheet.unassignedWithOwners": ["“{unassigned}”不能与科室名称同时填写", '"{unassigned}" cannot be written together with section names'],
  "sheet.withRows": ["{problem}（{rows}）", "{problem} ({rows})"],
  "planImport.emptyNeedsHeader": ["文件是空的：第 1 行应为表头", "The file is empty: row 1 must be the header"],
  "planImport.missingColumns": ["表头缺少列：{columns}（请使用导入模板）", "The header lacks columns: {columns} (use the import template)"],
  "planImport.noRows": ["文件中没有指标行", "The file has no target rows"],
  "planImport.tooManyRows": [
    "指标行过多（{count} 行），一次最多导入 {max} 行",
    "Too many target rows ({count}): at most {max} can be imported at once",
  ],
  "planImport.ownerUnknown": [
    "{what}「{name}」不是本单位的科室（本单位科室：{sections}）",
    '"{name}" in {what} is not a section of your unit (its sections: {sections})',
  ],
  "planImport.noSections": ["无", "none"],
  "planImport.wholeYear": ["未指定（按全年）", "Not given (the whole year)"],
  "planImport.areaDiffers": ["同一领域「{area}」的{what}应与第 {row} 行一致", 'Area "{area}": {what} must be the same as on row {row}'],
  "planImport.codeRepeated": ["指标编号「{code}」重复（另见{rows}）", 'Target code "{code}" appears more than once (see also {rows})'],
  "monthSheet.noHeader": [
    "未找到表头（应有“{code}”“{value}”等列），请使用系统下载的本月填报表",
    "No header found (with columns such as {code} and {value}): use the month sheet this app downloads",
  ],
  "monthSheet.missingColumns": [
    "表头缺少列：{columns}（请重新下载本月填报表，不要删除或改名列）",
    "The header lacks columns: {columns} (download the month sheet again; do not delete or rename columns)",
  ],
  "monthSheet.tooManyRows": ["行数过多（{count} 行），本月填报表至多 {max} 行", "Too many rows ({count}): a month sheet has at most {max}"],
  "monthSheet.valueMilestone": [
    "完成值应为 1（已完成）或 0（未完成），而不是「{value}」",
    'The value must be 1 (done) or 0 (not done), not "{value}"',
  ],
  "monthSheet.dateInvalid": [
    "报送日期「{value}」不是有效的日期，应为 YYYY-MM-DD（如 2013-09-30）",
    'The report date "{value}" is not a valid date: write YYYY-MM-DD (such as 2013-09-30)',
  ],
  "monthSheet.confirmWord": [
    "确认列只能填“{word}”或留空，而不是「{value}」",
    'The confirmation column takes only "{word}" or nothing, not "{value}"',
  ],
  "monthSheet.confirmHint": ["（核对无误请在“{column}”列填“{word}”）", ' (if it is right, write "{word}" in the {column} column)'],
  "monthSheet.versionBroken": [
    "版本号缺失或被改动，请重新下载本月填报表后再填",
    "The version is missing or was changed: download the month sheet again and fill it in anew",
  ],
  "monthSheet.versionAhead": [
    "版本号 {version} 与该指标的版本（第 {current} 版）不符，请重新下载本月填报表后再填",
    "The version {version} does not match the target's (version {current}): download the month sheet again and fill it in anew",
  ],
  "monthSheet.codeTwice": [
    "指标「{code}」在第 {row} 行已填写，同一指标每张表只能填报一次",
    'Target "{code}" is already filled in on row {row}: a sheet reports each target once',
  ],
  "monthSheet.otherMonth": [
    "这是 {sheet} 的填报表，与所选月份 {month} 不符：请选择 {sheet}，或下载 {month} 的填报表",
    "This is the sheet for {sheet}, not for the chosen month {month}: choose {sheet}, or download the sheet for {month}",
  ],
  "monthSheet.valueWithoutCode": ["填写了本月完成值，但没有指标编号", "The row has this month's value but no target code"],
  "monthSheet.notSectionTarget": [
    "指标「{code}」不是{section}负责填报的指标，不能在本表填报",
    'Target "{code}" is not one {section} reports on: it cannot be reported in this sheet',
  ],
  "monthSheet.noSuchCode": ["{plan}中没有编号为「{code}」的指标", '{plan} has no target coded "{code}"'],
  "file.empty": ["文件是空的", "The file is empty"],
  "file.tooLarge": ["文件不能超过 {max} MB", "The file may not exceed {max} MB"],

  // ——— plans: edit
  "plan.areaNotInPlan": ["所选领域不属于该计划", "The chosen area is not in this plan"],
  "plan.kindFrozen": [
    "该指标已有报送记录或登记事项，不能修改指标类型",
    "This target already has reports or items; its kind cannot be changed",
  ],
  "plan.kindFrozenShort": ["已有报送，类型已冻结", "Reported on: the kind is frozen"],
  "plan.baselineFrozen": [
    "基数已冻结：该指标已有报送记录或本计划已开展考核，上年基数不能再修改",
    "The baseline is frozen: this target has reports or the plan has been reviewed, so last year's base can no longer change",
  ],
  "plan.baselineFrozenShort": ["基数已冻结", "The baseline is frozen"],
  "plan.windowBothOrNeither": [
    "开始月和结束月须同时填写，或同时留空（未指定，按全年）",
    "Give both the start and the end month, or neither (no window: the whole year)",
  ],
  "plan.monthsInteger": ["月份应为 1–12 的整数", "Months must be whole numbers from 1 to 12"],
  "plan.startAfterEnd": [
    "开始月（{start}）不能晚于结束月（{end}）",
    "The start month ({start}) cannot be later than the end month ({end})",
  ],
  "plan.unassignedWithOwners": [
    "已标记为“{unassigned}”，不能同时填写责任科室",
    'Marked "{unassigned}": no owner section can be given as well',
  ],
  "plan.ownersRequired": [
    "请至少指定一个责任科室，或明确标记为“{unassigned}”",
    'Choose at least one owner section, or mark the target "{unassigned}" on purpose',
  ],
  "plan.ownerRepeated": ["责任科室「{name}」重复", 'Owner section "{name}" is given twice'],
  "plan.growthNeedsTarget": ["增幅类指标须填写目标增幅（%）", "A growth target needs its target growth (%)"],
  "plan.countTargetInteger": ["数量类指标的目标值应为整数", "A count target's target value must be a whole number"],
  "plan.noTargetValue": ["里程碑和年末申报类指标不填目标值", "Milestone and year-end declaration targets take no target value"],
  "plan.baselineGrowthOnly": ["只有增幅类指标填写基数", "Only growth targets take a baseline"],
  "plan.areaCodeRepeated": ["领域编号「{code}」重复", 'Area code "{code}" is used twice'],
  "plan.areaNeedsTarget": ["领域「{name}」至少要有一项指标", 'Area "{name}" needs at least one target'],
  "plan.areaPointsOf": ["领域「{name}」的分值", 'The points of area "{name}"'],
  "plan.codeRepeated": ["指标编号「{code}」在计划中重复", 'Target code "{code}" is used twice in the plan'],
  "plan.areaSumMismatch": [
    "领域「{name}」各指标分值之和为 {sum} 分，应等于领域分值 {points} 分",
    'The targets of area "{name}" add up to {sum} points; they must equal the area\'s {points} points',
  ],
  "plan.alreadyFirst": ["指标 {code} 已是该领域的第一项", "Target {code} is already the first in its area"],
  "plan.alreadyLast": ["指标 {code} 已是该领域的最后一项", "Target {code} is already the last in its area"],
  "applicability.forbidden": [
    "只有本单位考核组或管理员可以调整指标的适用状态",
    "Only your unit's assessors or an administrator may change whether a target applies",
  ],
  "applicability.invalid": ["适用状态无效", "Invalid applicability"],
  "applicability.reasonRequired": ["标记为不适用或暂停时必须填写原因", "A reason is required to mark a target not applicable or suspended"],
  "applicability.pointsRuleInvalid": ["分值处理方式无效", "Invalid way of handling the points"],
  "reason.required": ["请填写原因", "Please give a reason"],
  "reason.tooLong": ["原因不能超过 {max} 字", "The reason may not exceed {max} characters"],
  "plan.manageOwnUnit": ["只能管理本单位的计划", "You can only manage your own unit's plans"],
  "plan.ownersOwnUnit": ["责任科室须是本单位的科室", "Owner sections must be sections of your own unit"],
  "plan.targetProblem": ["{code}：{problem}", "{code}: {problem}"],
  "plan.areaCodeTaken": ["领域编号「{code}」已被本计划的其他领域使用", 'Area code "{code}" is already used by another area of this plan'],
  "plan.areaCodeDuplicate": ["领域编号重复", "Duplicate area code"],
  "plan.targetNotInArea": ["指标不属于该领域", "The target is not in this area"],
  "points.negative": ["分值不能为负数", "Points may not be negative"],
  "thresholds.forbidden": ["只有本单位管理员可以设置阈值", "Only your unit's administrators may set thresholds"],
  "thresholds.lowerOnlyCounts": [
    "只有数量类和金额类指标可以设为“越小越好”",
    'Only count and amount targets can be set to "lower is better"',
  ],
  "thresholds.lowerNotThisKind": ["该类指标不能设为越小越好", 'Targets of this kind cannot be "lower is better"'],
  "plan.removeHasReports": [
    "指标 {code} 已有 {count} 条报送记录，不能删除（报送记录须保留）。",
    "Target {code} has {count} reports and cannot be deleted (reports must be kept).",
  ],
  "plan.heldSnapshots": ["{count} 条考核快照", "{count} review snapshots"],
  "plan.heldRectifications": ["{count} 条整改通知", "{count} rectification notices"],
  "plan.heldItems": ["{count} 个完成事项", "{count} completed items"],
  "plan.heldScore": ["评分记录", "a score"],
  "plan.removeHeld": ["指标 {code} 已有{held}，不能删除。", "Target {code} has {held} and cannot be deleted."],

  // ——— accounts and passwords
  "field.password": ["密码", "Password"],
  "field.newPassword": ["新密码", "New password"],
  "field.initialPassword": ["初始密码", "Initial password"],
  "field.temporaryPassword": ["临时密码", "Temporary password"],
  "field.currentPassword": ["当前密码", "Current password"],
  "field.username": ["用户名", "User name"],
  "field.displayName": ["姓名", "Name"],
  "auth.signInLocked": [
    "登录失败次数过多，已暂时锁定，请 {minutes} 分钟后再试",
    "Too many failed sign-ins: locked for now. Try again in {minutes} minutes",
  ],
  "auth.currentPasswordLocked": [
    "当前密码验证失败次数过多，已暂时锁定，请 {minutes} 分钟后再试",
    "Too many wrong current passwords: locked for now. Try again in {minutes} minutes",
  ],
  "auth.currentPasswordWrong": ["当前密码不正确", "The current password is not correct"],
  "auth.wrongCredentials": ["用户名或密码错误，或账号已停用", "Wrong user name or password, or the account is deactivated"],
  "password.reused": ["{what}不能与最近 {count} 次使用过的密码相同", "{what} may not be any of the last {count} passwords used"],
  "password.classes": [
    "{what}须包含大写字母、小写字母、数字、符号中的至少 {count} 类",
    "{what} must contain at least {count} of: upper-case letters, lower-case letters, digits, symbols",
  ],
  "password.hasUsername": ["{what}不能包含用户名", "{what} may not contain the user name"],
  "password.sameAsCurrent": ["新密码不能与当前密码相同", "The new password may not be the same as the current one"],
  "password.repeatDiffers": ["两次输入的新密码不一致", "The two new passwords do not match"],
  "users.adminsOnly": ["只有管理员可以管理用户", "Only administrators may manage users"],
  "users.ownUnitOnly": ["只能管理本单位的用户", "You can only manage your own unit's users"],
  "users.sectionMissing": ["所选科室不存在", "The chosen section does not exist"],
  "users.sectionOwnUnit": ["只能指定本单位的科室", "Only your own unit's sections can be chosen"],
  "users.usernameTaken": ["用户名已存在", "This user name is taken"],
  "users.cannotDeactivateSelf": ["不能停用自己的账号", "You cannot deactivate your own account"],
  "users.cannotDemoteSelf": ["不能取消自己的管理员角色", "You cannot remove your own administrator role"],
  "users.usernameCharacters": [
    "用户名只能使用小写字母、数字、下划线（_）、点（.）或连字符（-）",
    "A user name may only use lower-case letters, digits, underscores (_), dots (.) or hyphens (-)",
  ],
  "users.roleInvalid": ["请选择有效的角色", "Please choose a valid role"],
  "users.sectionHeadNeedsSection": ["科室负责人必须选择所属科室", "A section head must belong to a section"],
  "users.sectionOnlyForHeads": ["只有科室负责人可以指定科室", "Only section heads have a section"],
  "users.chooseActive": ["请选择账号状态", "Please choose the account's state"],
  "v.required": ["请填写{what}", "{what} is required"],
  "v.maxChars": ["{what}不能超过 {max} 字", "{what} may not exceed {max} characters"],
  "v.maxPlaces": ["{what}不能超过 {max} 位", "{what} may not exceed {max} characters"],
  "v.minPlaces": ["{what}至少 {min} 位", "{what} must have at least {min} characters"],
  "v.controlCharacters": ["{what}不能包含控制字符", "{what} may not contain control characters"],
  "v.notText": ["{what}应为文字", "{what} must be text"],

  // ——— request bodies (lib/server/http/body.ts)
  "body.tooLarge": ["请求体过大（上限 {max} KB）", "Request body too large (limit {max} KB)"],
  "body.unreadable": ["请求体读取失败", "The request body could not be read"],
  "body.charset": ["请求体须为 UTF-8 编码的 JSON", "The request body must be UTF-8 encoded JSON"],
  "body.notUtf8": ["请求体不是有效的 UTF-8 文本", "The request body is not valid UTF-8 text"],
  "body.empty": ["请求体为空", "The request body is empty"],
  "body.notJson": ["请求体不是有效的 JSON", "The request body is not valid JSON"],
  "body.notObject": [
    "请求体须为一个 JSON 对象（不支持批量请求）",
    "The request body must be one JSON object (batched requests are not supported)",
  ],

  // ——— responsibility list
  "duties.workItemNotInDuty": ["所选工作事项不属于该职责", "The chosen work item is not part of this duty"],
  "duties.otherUnit": ["指标与职责不属于同一单位，不能关联", "The target and the duty belong to different units and cannot be linked"],
  "duties.chooseOwnTarget": ["请选择本单位绩效计划中的指标", "Please choose a target of your unit's plan"],
  "duties.alreadyLinkedItem": ["指标 {code} 已关联到该工作事项", "Target {code} is already linked to this work item"],
  "duties.alreadyLinkedDuty": ["指标 {code} 已关联到该职责", "Target {code} is already linked to this duty"],
  "duties.ownUnit": ["只能维护本单位的责任清单", "You can only maintain your own unit's responsibility list"],

  // ——— field names (the {what} of validation messages)
  "field.reportedFor": ["报送日期", "Report date"],
  "field.value": ["完成值", "Value"],
  "field.note": ["情况说明", "Note"],
  "field.itemName": ["事项名称", "Item name"],
  "field.description": ["简要说明", "Description"],
  "field.docNumber": ["批准文号", "Approval number"],
  "field.link": ["链接", "Link"],
  "field.date": ["日期", "Date"],
  "field.withdrawReason": ["撤回原因", "Reason for withdrawal"],
  "field.reason": ["原因", "Reason"],
  "field.reopenUntil": ["开放截止日期", "Open until"],
  "field.adjustReason": ["调整原因", "Reason for the adjustment"],
  "field.selfJustification": ["自评说明", "Justification"],
  "field.planTitle": ["计划名称", "Plan title"],
  "field.fileName": ["文件名", "File name"],
  "field.comment": ["点评内容", "Comment"],
  "field.notice": ["整改要求", "Requirement"],
  "field.deadline": ["整改期限", "Deadline"],
  "field.answer": ["整改情况", "Rectification"],
  "field.linkTitle": ["链接标题", "Link title"],
  "field.returnReason": ["退回原因", "Reason for returning"],
  "field.closingNote": ["整改情况说明", "Closing note"],
  "field.amountUnit": ["单位", "Unit"],
  "field.greenAt": ["绿色阈值", "Green threshold"],
  "field.amberAt": ["黄色阈值", "Amber threshold"],
  "field.search": ["搜索内容", "Search"],
  "field.points": ["分值", "Points"],
  "field.declaredScore": ["申报得分", "Declared score"],
  "field.adjustedScore": ["调整后得分", "Adjusted score"],
  "field.selfScore": ["自评分", "Self-assessed score"],
  "field.scoreFloor": ["保底完成度", "Minimum completion"],
  "field.reportDueDays": ["报送期限（天）", "Reporting deadline (days)"],
  "field.lockAfterDays": ["锁定期限（天）", "Lock period (days)"],
  "field.baseline": ["基数", "Baseline"],
  "field.targetValue": ["目标值", "Target value"],
  "field.targetGrowth": ["目标增幅", "Target growth"],
  "field.areaPoints": ["领域分值", "Area points"],
  "field.targetCode": ["指标编号", "Target code"],
  "field.targetTitle": ["指标名称", "Target name"],
  "field.wording": ["计划原文", "Plan wording"],
  "field.startMonth": ["开始月", "Start month"],
  "field.endMonth": ["结束月", "End month"],
  "field.windowText": ["时间原文", "Timing as written"],
  "field.remarks": ["备注", "Remarks"],
  "field.areaCode": ["领域编号", "Area code"],
  "field.areaName": ["领域名称", "Area name"],
  "field.from": ["起始日期", "From date"],
  "field.to": ["截止日期", "To date"],
  "field.addressee": ["主送", "Addressee"],
  "field.assessorRemarks": ["考核组意见", "Assessors' remarks"],
  "field.title": ["标题", "Title"],
  "field.score": ["分数", "Score"],

  // ——— numbers and ranges (lib/domain/value-ranges.ts, lib/validation/numbers.ts)
  "unit.points": ["分", "points"],
  "unit.days": ["天", "days"],
  "range.percent": ["{min}% 到 {max}%", "{min}% to {max}%"],
  "range.plain": ["{min} 到 {max}{unit}", "{min} to {max}{unit}"],
  "v.tooTiny": ["{what}过小：不为 0 时绝对值至少为 {min}", "{what} is too small: other than 0 it must be at least {min} in size"],
  "v.finite": ["{what}应为有限的数字", "{what} must be a finite number"],
  "v.between": ["{what}应在 {range} 之间", "{what} must be between {range}"],
  "v.integer": ["{what}应为整数", "{what} must be a whole number"],
  "v.number": ["{what}应为数字", "{what} must be a number"],
  "v.numberMust": ["{what}必须是数字", "{what} must be a number"],
  "v.negative": ["{what}不能为负数", "{what} may not be negative"],
  "v.positive": ["{what}应为正数", "{what} must be positive"],
  "v.atMost": ["{what}不能超过 {max}", "{what} may not exceed {max}"],
  "v.atMostPoints": ["{what}不能超过 {max} 分", "{what} may not exceed {max} points"],
  "v.percentBetween": ["{what}应在 {min}% 到 {max}% 之间", "{what} must be between {min}% and {max}%"],
  "v.shareBetween": ["{what}应为 {min} 到 {max}% 之间的比例", "{what} must be a share between {min} and {max}%"],
  "v.scoreAbovePoints": ["{what}不能超过该指标的分值 {points} 分", "{what} may not exceed the target's {points} points"],

  // ——— ids, dates, months (lib/validation/primitives.ts)
  "id.missing": ["缺少编号", "An id is missing"],
  "id.invalid": ["编号无效", "Invalid id"],
  "id.tooLong": ["编号过长", "The id is too long"],
  "date.format": ["{what}格式应为 YYYY-MM-DD", "{what} must be written YYYY-MM-DD"],
  "date.invalid": ["{what}不是有效的日期", "{what} is not a valid date"],
  "date.range": ["{what}应在 {min} 到 {max} 之间", "{what} must be between {min} and {max}"],
  "month.range": ["月份应为 1–12", "The month must be 1–12"],
  "year.invalid": ["年份无效", "Invalid year"],
  "version.missing": ["缺少版本号", "The version is missing"],
  "version.invalid": ["版本号无效", "Invalid version"],

  // ——— reports (lib/validation/progress.ts)
  "progress.countInteger": ["数量类指标的完成值应为整数", "A count target's value must be a whole number"],
  "progress.milestoneValue": ["里程碑类指标只能填写 已完成(1) 或 未完成(0)", "A milestone target takes only done (1) or not done (0)"],
  "progress.inPlanYear": ["报送日期必须在计划年度 {year} 年内", "The report date must be within the plan year {year}"],
  "progress.notFuture": ["报送日期不能晚于今天", "The report date cannot be later than today"],
  "progress.confirmLarge": [
    "完成值 {value} 超过目标值的 {multiple} 倍，请确认单位后再提交",
    "The value {value} is more than {multiple} times the target. Check the unit before submitting",
  ],

  // ——— months in messages (lib/i18n/message-text.ts monthMsg, monthSpanMsg)
  "month.one": ["{month}月", "{month}"],
  "month.span": ["{start}–{end}月", "{start}–{end}"],
  "monthName.1": ["1", "Jan"],
  "monthName.2": ["2", "Feb"],
  "monthName.3": ["3", "Mar"],
  "monthName.4": ["4", "Apr"],
  "monthName.5": ["5", "May"],
  "monthName.6": ["6", "Jun"],
  "monthName.7": ["7", "Jul"],
  "monthName.8": ["8", "Aug"],
  "monthName.9": ["9", "Sep"],
  "monthName.10": ["10", "Oct"],
  "monthName.11": ["11", "Nov"],
  "monthName.12": ["12", "Dec"],

  // ——— validation: audit, items, evidence, plans, reviews, scores, search
  "field.year": ["年度", "Year"],
  "audit.fromAfterTo": ["起始日期不能晚于截止日期", "The from date cannot be later than the to date"],
  "audit.limitAtLeast": ["limit 至少为 1", "limit must be at least 1"],
  "audit.pageMax": ["每页最多 {max} 条", "At most {max} rows per page"],
  "figureCheck.kind": ["类型应为 ENTRY 或 ITEM", "The kind must be ENTRY or ITEM"],
  "link.scheme": ["链接须以 http:// 或 https:// 开头", "A link must start with http:// or https://"],
  "link.schemeMust": ["链接必须以 http:// 或 https:// 开头", "A link must start with http:// or https://"],
  "link.malformed": ["链接格式不正确", "The link is not a valid address"],
  "item.inPlanYear": ["日期必须在计划年度 {year} 年内", "The date must be within the plan year {year}"],
  "item.notFuture": ["日期不能晚于今天", "The date cannot be later than today"],
  "item.sectionOwner": ["责任科室须是该指标的责任科室之一", "The section must be one of the target's owner sections"],
  "item.beforeWindow": [
    "日期 {date} 在指标时间窗口（{window}）开始之前：该事项仍计入完成数，请确认日期无误后再登记",
    "The date {date} is before the target's window ({window}) opens. The item still counts; confirm the date is right, then record it",
  ],
  "item.afterWindow": [
    "日期 {date} 在指标时间窗口（{window}）结束之后：该事项仍计入完成数，请确认日期无误后再登记",
    "The date {date} is after the target's window ({window}) closes. The item still counts; confirm the date is right, then record it",
  ],
  "evidence.fileType": [
    "不支持的文件类型「{ext}」：仅限 PDF、图片和 Office 文件",
    'Unsupported file type "{ext}": only PDF, images and Office files',
  ],
  "evidence.noExtension": ["无扩展名", "no extension"],
  "evidence.fileEmpty": ["文件为空", "The file is empty"],
  "evidence.fileTooLarge": ["文件超过 {max} 上限", "The file is over the {max} limit"],
  "evidence.typeUnsupported": ["不支持的文件类型", "Unsupported file type"],
  "evidence.contentMismatch": [
    "文件内容与扩展名不符（实际为 {detected}）",
    "The file's content does not match its extension (it is {detected})",
  ],
  "evidence.unrecognised": ["无法识别的内容", "unrecognised content"],
  "plan.kindInvalid": ["类型无效", "Invalid kind"],
  "plan.tooManyOwners": ["责任科室过多", "Too many owner sections"],
  "plan.categoryInvalid": ["领域类别无效", "Invalid area category"],
  "plan.yearRange": ["年度应在 2000–2100 之间", "The year must be between 2000 and 2100"],
  "review.tooManyLinks": ["佐证链接最多 {max} 个", "At most {max} evidence links"],
  "score.justify": ["请简要说明自评理由", "Please justify the self-assessment briefly"],
  "search.tooManyTerms": ["搜索内容最多 {max} 个词", "A search may have at most {max} words"],

  // ——— the language itself
  "language.code": ["zh", "en"],

  // ——— scores
  "score.forbidden": ["只有本单位考核组或管理员可以评分", "Only your unit's assessors or an administrator may score"],
  "selfScore.ownTargets": ["只能为本科室负责的指标自评", "You can only self-assess your own section's targets"],
  "selfScore.closed": ["年终考评已结束，自评分不能再修改", "The year-end assessment is closed; self-assessments can no longer change"],
  "selfScore.inactive": [
    "该指标已标记为不适用或暂停，不计分，无需自评",
    "This target is marked not applicable or suspended and is not scored; no self-assessment is needed",
  ],
  "selfScore.nothingToWithdraw": ["尚未自评，无需撤回", "There is no self-assessment to withdraw"],
  "score.targetNotInPlan": ["指标不属于该计划", "The target is not in this plan"],
  "score.targetRepeated": ["指标 {code} 重复出现", "Target {code} appears twice"],
  "score.ruleInvalid": ["计分规则无效", "invalid scoring rule"],
  "score.areaSum": [
    "「{area}」各指标分值之和为 {sum} 分，应等于该领域的 {points} 分",
    'The targets of "{area}" add up to {sum} points; they must equal the area\'s {points} points',
  ],
  "adjust.nothingToClear": ["该指标没有调整得分，无需清除", "This target has no adjusted score to clear"],
  "adjust.nothingToClearShort": ["没有可清除的调整", "No adjustment to clear"],
  "adjust.clearNeedsReason": ["清除调整得分也需填写原因", "Clearing an adjusted score needs a reason too"],
  "adjust.needsReason": [
    "调整后得分 {adjusted} 与计算得分 {computed} 不同，请填写调整原因",
    "The adjusted score {adjusted} differs from the computed score {computed}. Please give a reason for the adjustment",
  ],
  "adjust.reasonRequired": ["请填写调整原因", "Please give a reason for the adjustment"],
  "declared.notDeclaration": [
    "该指标不按年末申报计分，不能填写申报得分",
    "This target is not scored by year-end declaration; a declared score cannot be entered",
  ],
  "declared.notDeclarationShort": ["该指标不按年末申报计分", "Not scored by year-end declaration"],

  // ——— reports, corrections, the month sheet
  "progress.countByItems": [
    "数量类指标按逐项登记的事项自动计数：请在指标页“逐项登记”中添加事项（名称、日期、批准文号），不能直接填写数量",
    'A count target counts its named items: add items (name, date, approval number) under "Items" on the target page; a count cannot be typed',
  ],
  "progress.countByItemsShort": ["请逐项登记", "Record items one by one"],
  "progress.unitMismatch": [
    "该指标的计量单位是{measureUnit}，不能按“{unit}”填报",
    'This target is measured in {measureUnit}; it cannot be reported in "{unit}"',
  ],
  "progress.noUnit": ["（无）", "(none)"],
  "progress.unitNotApplicable": ["单位不适用", "The unit does not apply"],
  "amend.reasonRequired": ["请填写更正或撤回的原因", "Please give a reason for the correction or withdrawal"],
  "amend.superseded": [
    "该报送记录已被更正或撤回，请刷新后对最新记录操作",
    "This report has been corrected or withdrawn. Refresh and work on the latest record",
  ],
  "amend.noChangeIsNoData": [
    "“本月无新进展”确认不是数据，无需更正或撤回",
    'A "no new progress this month" confirmation is not a figure; there is nothing to correct or withdraw',
  ],
  "noChange.declaration": ["年末申报类指标不需要月度报送", "Year-end declaration targets are not reported monthly"],
  "noChange.already": [
    "{month}已确认“本月无新进展”（{day}，{who}），每个指标每月只需确认一次",
    '{month} is already confirmed as "no new progress" ({day}, {who}); each target needs it once a month',
  ],
  "noChange.alreadyPending": [
    "{month}已确认“本月无新进展”（{day}，{who}，待审核），每个指标每月只需确认一次",
    '{month} is already confirmed as "no new progress" ({day}, {who}, awaiting review); each target needs it once a month',
  ],
  "date.monthDay": ["{month}月{day}日", "{month} {day}"],
  "sheet.monthFormat": ["月份格式应为 YYYY-MM", "The month must be written YYYY-MM"],
  "sheet.noPlanYear": ["{year} 年没有绩效计划，不能填报该年的月份", "There is no plan for {year}; its months cannot be reported"],
  "sheet.notStartedDownload": [
    "{year}年{month}尚未开始，不能下载该月的填报表",
    "{month} {year} has not begun; its sheet cannot be downloaded",
  ],
  "sheet.notStartedImport": ["{year}年{month}尚未开始，不能导入该月的填报表", "{month} {year} has not begun; its sheet cannot be imported"],
  "sheet.monthNotStarted": ["该月尚未开始", "This month has not begun"],
  "sheet.fileType": [
    "不支持的文件类型「{ext}」：请上传 .xlsx 格式的本月填报表（WPS 请另存为 .xlsx）",
    'Unsupported file type "{ext}": upload the month sheet as .xlsx (in WPS, save as .xlsx)',
  ],
  "sheet.unreadable": [
    "无法读取该 Excel 文件：请上传从本页下载、在 Excel 或 WPS 中填写后保存的 .xlsx 文件",
    "This Excel file cannot be read: upload the .xlsx downloaded from this page, filled in and saved in Excel or WPS",
  ],
  "sheet.problems": ["填报表有 {count} 处问题，未导入：{first}", "The sheet has {count} problems and was not imported: {first}"],
  "sheet.problemsMore": ["填报表有 {count} 处问题，未导入：{first}……", "The sheet has {count} problems and was not imported: {first} …"],
  "sheet.nothingToImport": [
    "表中没有填写本月完成值的行，没有可导入的内容",
    "No row of the sheet has this month's value: there is nothing to import",
  ],

  // ——— reviews
  "rollup.notRolledUp": ["该指标不汇总县（市、区）数据", "This target does not roll up the counties' figures"],
  "purge.refused": ["不能清理：{problem}", "Cannot purge: {problem}"],
  "purge.reasonRequired": ["请写明清理原因", "Please give the reason for purging"],
  "purge.chainBroken": [
    "日志校验未通过（第 {seq} 条：{problem}），不能清理",
    "The log does not verify (entry {seq}: {problem}); it cannot be purged",
  ],
  "review.commentAbout": ["点评须针对一项指标或一个科室", "A comment must be about one target or one section"],
  "review.commentChoose": ["请选择指标或科室", "Please choose a target or a section"],
  "review.doComment": ["添加点评", "add comments"],
  "review.doRefresh": ["更新快照", "refresh the snapshot"],
  "review.doRectify": ["下发整改通知", "issue rectification notices"],
  "review.bulletinIssuedNoRefresh": [
    "本次考核的通报已印发，快照不能再更新",
    "This review's bulletin has been issued; the snapshot can no longer be refreshed",
  ],
  "review.assessorsOnly": ["只有本单位考核组可以开展考核", "Only your unit's assessors may run reviews"],
  "review.closedCannot": [
    "本次考核已关闭，不能{what}；如需修改请先重新打开",
    "This review is closed: you cannot {what}. Reopen it first to make changes",
  ],
  "review.notClosed": ["本次考核尚未关闭", "This review is not closed"],
  "review.alreadyClosed": ["本次考核已经关闭", "This review is already closed"],
  "review.kindInvalid": ["考核类型无效", "Invalid review kind"],
  "review.periodInPlanYear": ["考核期间必须在计划年度 {year} 年内", "The review period must be within the plan year {year}"],
  "review.yearShould": ["应为 {year}", "Must be {year}"],
  "review.noSuchPeriod": ["{kind}没有第 {index} 期", "{kind} has no period {index}"],
  "review.periodInvalid": ["期间无效", "Invalid period"],
  "review.alreadyOpen": ["{review}已经开展", "{review} is already open"],

  // ——— figure checks, items
  "checks.withdrawn": ["该事项已撤回，无需审核", "This has been withdrawn; there is nothing to check"],
  "checks.entryDecided": ["该报送{status}，无需再审核", "This report is {status}; it needs no further check"],
  "checks.itemDecided": ["该事项{status}，无需再审核", "This item is {status}; it needs no further check"],
  "checks.notOwn": [
    "不能审核自己填报的数据，请由考核组其他成员审核",
    "You cannot check figures you reported yourself; another assessor must check them",
  ],
  "checks.raced": ["该数据刚由他人审核或修改，请刷新后查看", "Someone has just checked or changed this. Refresh to see it"],
  "checks.pendingLeft": [
    "尚有 {count} 项待审核，请先审核完毕再关闭数据审核",
    "{count} figures still await checking; check them before turning figure checks off",
  ],
  "item.countOnly": ["只有数量类指标按逐项登记计数", "Only count targets are counted by named items"],
  "item.duplicate": ["“{name}”已登记，不能重复登记同一事项", '"{name}" is already recorded; the same item cannot be recorded twice'],
  "item.duplicateShort": ["已登记", "Already recorded"],
  "item.withdrawnNoEdit": ["已撤回的事项不能修改", "A withdrawn item cannot be edited"],
  "item.alreadyWithdrawn": ["该事项已撤回，请刷新", "This item has been withdrawn. Please refresh"],

  // ——— bulletins
  "bulletin.issued": ["通报已于 {at} 印发，{refused}", "The bulletin was issued at {at}; {refused}"],
  "bulletin.noReissue": ["不能重复印发", "it cannot be issued twice"],
  "bulletin.noEdit": ["主送和考核组意见不能再修改", "its addressee and the assessors' remarks can no longer change"],
  "bulletin.notIssued": ["通报尚未印发，无需撤回", "The bulletin has not been issued; there is nothing to withdraw"],

  // ——— uploads
  "upload.malformed": [
    "上传内容不完整或格式不正确，请重新选择文件上传",
    "The upload is incomplete or malformed. Choose the files and upload again",
  ],
  "upload.requestTooLarge": ["一次上传的文件合计不能超过 {max}", "Files uploaded at once may not exceed {max} in all"],
  "upload.fileTooLarge": ["「{name}」文件超过 {max} 上限", '"{name}" is over the {max} limit'],
  "upload.multipart": ["请以表单（multipart/form-data）上传文件", "Upload files as a form (multipart/form-data)"],
  "upload.chooseFile": ["请选择文件", "Please choose a file"],
  "upload.wrongField": ["上传的表单字段不正确", "The upload's form field is not right"],
  "upload.namedProblem": ["「{name}」{problem}", '"{name}": {problem}'],
  "upload.tooManyFiles": ["一次最多上传 {max} 个文件", "At most {max} files at once"],
  "upload.tooManyFields": ["表单字段过多", "Too many form fields"],
  "upload.fileEmpty": ["「{name}」文件为空", '"{name}" is empty'],
  "evidence.rectificationClosed": [
    "该整改通知已经销号，不能再添加佐证",
    "This rectification notice is closed; no more evidence can be added",
  ],

  // ——— month locks, reporting settings
  "locks.forbidden": ["只有本单位管理员可以锁定或重新开放月份", "Only your unit's administrators may lock or reopen months"],
  "locks.monthRange": ["月份应为 1 到 12", "The month must be 1 to 12"],
  "locks.untilRange": ["开放截止日期应在今天（{today}）到 {latest} 之间", "Open until must be between today ({today}) and {latest}"],
  "locks.dateOutOfRange": ["日期超出范围", "The date is out of range"],
  "reporting.dueRange": ["报送期限应为 {min} 到 {max} 天", "The reporting deadline must be {min} to {max} days"],
  "reporting.lockRange": ["锁定期限应为 {min} 到 {max} 天", "The lock period must be {min} to {max} days"],
  "reporting.dueAfterLock": ["报送期限不能晚于锁定期限", "The reporting deadline cannot be later than the lock period"],
  "locked.auto": ["已过锁定期（月末后 {days} 天）", "past the lock period ({days} days after the month's end)"],
  "locked.snapshot": ["考核快照已读取该月数据", "a review snapshot has read the month"],
  "locked.admin": ["管理员已锁定", "locked by an administrator"],
  "locked.month": [
    "{year}年{month}的数据已锁定（{why}），不能再修改。如需补录或更正，请联系管理员重新开放该月。",
    "The figures of {month} {year} are locked ({why}) and can no longer change. To add or correct any, ask an administrator to reopen the month.",
  ],

  // ——— the province (#15): 省厅评分, 市州人民政府绩效考核结果, 等次 bands, the province page
  "field.provinceScore": ["省厅评分", "Province score"],
  "field.provinceReason": ["评分说明", "Scoring note"],
  "field.documentRef": ["文件依据", "Document reference"],
  "field.gradeBand": ["等次分数线", "Grade threshold"],
  "province.scoreRange": [
    "省厅评分须在 0 至该指标的分值 {points} 分之间",
    "The province score must be between 0 and the target's {points} points",
  ],
  "province.inactive": ["该指标已标记为不适用或暂停，不计分", "The target is marked not applicable or suspended and carries no points"],
  "province.nothingToWithdraw": ["省厅尚未评分，无需撤回", "The province has not scored this target: nothing to withdraw"],
  "province.withdrawNeedsReason": ["撤回省厅评分需填写说明", "Withdrawing the province score needs a note"],
  "province.needsReason": [
    "省厅评分 {score} 与市局考核得分 {city} 不同，请填写评分说明",
    "The province score {score} differs from the city bureau's {city}: please add a note",
  ],
  "province.needsReasonShort": ["请填写评分说明", "Please add a note"],
  "province.resultInvalid": ["考核结果须为合格或不合格", "The result must be Pass or Fail"],
  "province.documentRequired": ["请填写考核结果的文件依据（文号或标题）", "Please give the result's document (number or title)"],
  "province.noPlanForYear": ["该单位没有 {year} 年的绩效计划", "The unit has no plan for {year}"],
  "province.noPlanForYearShort": ["该年度没有计划", "No plan that year"],
  "province.externalConflict": [
    "该考核结果已被更新（当前为第 {version} 版），请刷新后再提交。",
    "The result has been updated since (now version {version}): please reload and submit again.",
  ],
  "province.notProvince": ["只有省厅有市州对比页", "Only a provincial department has the cities compared page"],
  "province.notProvinceShort": ["不是省厅", "Not a provincial department"],
  "province.bandRange": ["等次分数线须在 1% 至 100% 之间", "A grade threshold must be between 1% and 100%"],
  "province.bandsOutOfRange": ["等次分数线须大于 0%、不超过 100%", "Grade thresholds must be above 0% and at most 100%"],
  "province.bandsNotDescending": ["等次分数线须依次降低：优秀 > 良好 > 合格", "Grade thresholds must descend: Excellent > Good > Pass"],
  "province.yearFormat": ["年份应为四位数字", "The year must have four digits"],

  // ——— routes
  "request.formatXlsxCsv": ["格式应为 xlsx 或 csv", "The format must be xlsx or csv"],
  "request.formatDocx": ["格式应为 docx", "The format must be docx"],
  "sheet.chooseMonth": ["请选择月份", "Please choose a month"],
  "sheet.monthFormatYears": ["月份格式应为 YYYY-MM（2000–2100 年）", "The month must be written YYYY-MM (2000–2100)"],
  "sheet.dryRun": ["dryRun 应为 1 或 0", "dryRun must be 1 or 0"],
} as const satisfies Record<string, readonly [string, string]>;

type Catalogue = typeof CATALOGUE;
export type ErrorKey = keyof Catalogue;

const side = <I extends 0 | 1>(i: I) =>
  Object.fromEntries(Object.entries(CATALOGUE).map(([k, pair]) => [k, pair[i]])) as { [K in ErrorKey]: Catalogue[K][I] };

export const errorsZh = { errors: side(0) };
export const errorsEn: Shape<typeof errorsZh> = { errors: side(1) };
