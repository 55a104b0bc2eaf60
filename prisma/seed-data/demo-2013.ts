/**
 * 演示数据 — NOT from the plan. A labelled demo set so the dashboard is alive: accounts per role,
 * prior-year baselines for the two growth targets (the plan gives none), and reports through 2013.
 * Every progress entry written from here carries isDemo = true and the note prefix 【演示】.
 */
export const DEMO_PASSWORD = "demo2013";

export const DEMO_USERS = [
  { username: "leader", displayName: "演示领导", role: "LEADER", section: null },
  { username: "assessor", displayName: "演示考核组", role: "ASSESSOR", section: null },
  { username: "gaoxin", displayName: "高新办负责人（演示）", role: "SECTION_HEAD", section: "高新办" },
  { username: "nongshe", displayName: "农社科负责人（演示）", role: "SECTION_HEAD", section: "农社科" },
  { username: "jihua", displayName: "计划科负责人（演示）", role: "SECTION_HEAD", section: "计划科" },
  { username: "chengguo", displayName: "成果科负责人（演示）", role: "SECTION_HEAD", section: "成果科" },
] as const;

export const DEMO_BASELINES: Record<string, number> = {
  "二.(一).1.(1)": 120,
  "二.(一).1.(2)": 380,
};

/** target code → [reportedFor, cumulative value][] */
export const DEMO_PROGRESS: Record<string, [string, number][]> = {
  "二.(一).1.(1)": [["2013-03-31", 122], ["2013-06-30", 126], ["2013-09-30", 129], ["2013-12-31", 133]],
  "二.(一).1.(2)": [["2013-03-31", 395], ["2013-06-30", 410], ["2013-09-30", 430], ["2013-12-31", 452]],
  "二.(一).2.(1)①": [["2013-04-15", 1], ["2013-06-10", 2], ["2013-08-20", 4], ["2013-10-25", 5]],
  "二.(一).2.(1)②": [["2013-05-20", 2], ["2013-07-15", 3], ["2013-09-28", 4]],
  "二.(一).2.(2)": [["2013-06-30", 1], ["2013-09-15", 2], ["2013-11-30", 4]],
  "二.(一).2.(3)①": [["2013-05-08", 1], ["2013-10-12", 2], ["2013-12-10", 3]],
  "二.(一).2.(3)②": [["2013-06-30", 3], ["2013-09-30", 6], ["2013-12-20", 10]],
  "二.(一).2.(3)③": [["2013-11-15", 1]],
  "二.(一).3.(1)": [["2013-09-26", 1]],
  "二.(一).3.(2)": [["2013-07-20", 2], ["2013-10-18", 5]],
  "二.(一).3.(3)": [["2013-08-30", 1], ["2013-11-20", 2]],
  "二.(一).4.(1)": [["2013-04-10", 1], ["2013-07-05", 2], ["2013-10-20", 3]],
  "二.(一).4.(2)": [["2013-06-15", 1], ["2013-09-10", 2], ["2013-12-15", 3]],
  "二.(一).4.(3)": [["2013-08-08", 1]],
  "二.(二).1①": [["2013-03-31", 60], ["2013-06-30", 135.5], ["2013-09-30", 201.2], ["2013-12-31", 267.9]],
  "二.(二).1②": [["2013-06-30", 300], ["2013-09-30", 610], ["2013-12-31", 905]],
  "二.(二).2": [["2013-06-30", 1500], ["2013-12-31", 3950]],
  "二.(二).3": [["2013-12-31", 4.5]],
  "二.(二).4": [["2013-05-31", 400], ["2013-09-30", 800], ["2013-12-31", 1180]],
};
