// Administrators manage the accounts of their unit through GraphQL: every accepted write leaves the row and
// an audit row (before → after, never a password hash); every refused one gets a typed error with a Chinese
// message and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/server/auth/password";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, signInUser, userNamed, versionOf } from "./harness";

const ACCOUNT = `id username displayName role unitId active mustChangePassword createdAt section { id name }`;
const USERS = `query { users { ${ACCOUNT} } }`;
const CREATE = `mutation C($input: CreateUserInput!) { createUser(input: $input) { ${ACCOUNT} } }`;
const UPDATE = `mutation U($input: UpdateUserInput!) { updateUser(input: $input) { ${ACCOUNT} } }`;
const RESET = `mutation R($userId: ID!, $password: String!, $v: Int!) { resetUserPassword(userId: $userId, password: $password, expectedVersion: $v) { ${ACCOUNT} } }`;
const CHANGE = `mutation P($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { id username mustChangePassword } }`;
const ME = `query { me { id username mustChangePassword } }`;

interface Account {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitId: string;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  section: { id: string; name: string } | null;
}

let sections: Map<string, string>;
let targets: Map<string, string>;
let unitId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  sections = seeded.loaded!.sectionIds;
  targets = seeded.loaded!.targetIds;
  unitId = seeded.loaded!.unitId;
});

/** Everything an account operation could change, in one comparable value. */
async function snapshot() {
  const [users, audits] = await Promise.all([
    db.user.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        username: true,
        displayName: true,
        role: true,
        sectionId: true,
        active: true,
        passwordHash: true,
        mustChangePassword: true,
      },
    }),
    db.auditLog.count(),
  ]);
  return { users, audits };
}

async function lastAudit() {
  const audit = await db.auditLog.findFirstOrThrow({ orderBy: [{ at: "desc" }, { id: "desc" }] });
  // Whatever happened, no password hash (argon2 "$argon2id$…") may reach the audit trail.
  expect(`${audit.before} ${audit.after}`).not.toMatch(/argon2|passwordHash/);
  return {
    ...audit,
    raw: `${audit.before} ${audit.after}`,
    before: audit.before ? JSON.parse(audit.before) : null,
    after: audit.after ? JSON.parse(audit.after) : null,
  };
}

async function createSectionHead(username: string, password = "first-pass-2013") {
  const admin = await userNamed("admin");
  const res = await gql<{ createUser: Account }>(
    CREATE,
    { input: { username, displayName: `${username} 负责人`, role: "SECTION_HEAD", sectionId: sections.get("成果科"), password } },
    admin,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createUser;
}

describe("listing accounts", () => {
  it("gives the administrator every account of the unit with role, section and status, and no hash", async () => {
    const res = await gql<{ users: Account[] }>(USERS, {}, await userNamed("admin"));
    expect(res.errors).toBeUndefined();
    const users = res.data!.users;
    expect(users.map((u) => u.username)).toEqual(
      expect.arrayContaining(["admin", "leader", "assessor", "gaoxin", "nongshe", "jihua", "chengguo"]),
    );
    expect(users[0]).toMatchObject({ username: "admin", role: "ADMIN", section: null, active: true });
    expect(users.find((u) => u.username === "chengguo")).toMatchObject({
      role: "SECTION_HEAD",
      section: { name: "成果科" },
      mustChangePassword: false,
    });
    expect(users.every((u) => u.unitId === unitId)).toBe(true);
    expect(JSON.stringify(users)).not.toMatch(/argon2|passwordHash/);
  });
});

describe("createUser", () => {
  it("writes the account with a hashed initial password, mustChangePassword set, and an audit row", async () => {
    const before = await snapshot();
    const admin = await userNamed("admin");
    const created = await createSectionHead("zhangsan");
    expect(created).toMatchObject({
      username: "zhangsan",
      displayName: "zhangsan 负责人",
      role: "SECTION_HEAD",
      section: { id: sections.get("成果科"), name: "成果科" },
      unitId,
      active: true,
      mustChangePassword: true,
    });
    const row = await db.user.findUniqueOrThrow({ where: { username: "zhangsan" } });
    expect(row.passwordHash).not.toBe("first-pass-2013");
    expect(await verifyPassword(row.passwordHash, "first-pass-2013")).toBe(true);
    expect((await snapshot()).audits).toBe(before.audits + 1);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ userId: admin.id, action: "CREATE_USER", entityType: "User", entityId: row.id, before: null });
    expect(audit.after).toEqual({
      username: "zhangsan",
      displayName: "zhangsan 负责人",
      role: "SECTION_HEAD",
      sectionId: sections.get("成果科"),
      sectionName: "成果科",
      active: true,
      mustChangePassword: true,
    });
    // The new account signs in, and `me` tells the app to send it to the password page.
    const signedIn = await signInUser("zhangsan", "first-pass-2013");
    const me = await gql<{ me: { mustChangePassword: boolean } }>(ME, {}, signedIn);
    expect(me.data!.me.mustChangePassword).toBe(true);
  });

  it("refuses a username that is taken with CONFLICT 用户名已存在 and writes nothing", async () => {
    const before = await snapshot();
    const res = await gql(
      CREATE,
      { input: { username: "chengguo", displayName: "重复", role: "LEADER", password: "another-pass-2013" } },
      await userNamed("admin"),
    );
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0].message).toBe("用户名已存在");
    expect(await snapshot()).toEqual(before);
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ["a short password", { username: "lisi", displayName: "李四", role: "LEADER", password: "1234567" }, /初始密码至少 8 位/],
    [
      "a username with spaces or capitals",
      { username: "Li Si", displayName: "李四", role: "LEADER", password: "long-enough-1" },
      /用户名只能使用小写字母/,
    ],
    ["an empty display name", { username: "lisi", displayName: "  ", role: "LEADER", password: "long-enough-1" }, /请填写姓名/],
    [
      "a section head without a section",
      { username: "lisi", displayName: "李四", role: "SECTION_HEAD", password: "long-enough-1" },
      /科室负责人必须选择所属科室/,
    ],
    [
      "a section for a leader",
      { username: "lisi", displayName: "李四", role: "LEADER", sectionId: "SECTION", password: "long-enough-1" },
      /只有科室负责人可以指定科室/,
    ],
  ];
  for (const [name, input, message] of bad) {
    it(`refuses ${name} with BAD_USER_INPUT and a Chinese message, writing nothing`, async () => {
      const before = await snapshot();
      const resolved = { ...input, sectionId: input.sectionId === "SECTION" ? sections.get("成果科") : input.sectionId };
      const res = await gql(CREATE, { input: resolved }, await userNamed("admin"));
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("refuses a section that does not exist with NOT_FOUND and writes nothing", async () => {
    const before = await snapshot();
    const input = { username: "lisi", displayName: "李四", role: "SECTION_HEAD", sectionId: "no-such-section", password: "long-enough-1" };
    const res = await gql(CREATE, { input }, await userNamed("admin"));
    expect(res.errors?.[0]).toMatchObject({ message: "科室不存在", extensions: { code: "NOT_FOUND" } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a section of another unit with FORBIDDEN and writes nothing", async () => {
    const county = await db.unit.create({ data: { name: "赫山区科技局（测试）", level: "COUNTY" } });
    const foreign = await db.section.create({ data: { unitId: county.id, name: "综合股" } });
    const before = await snapshot();
    const res = await gql(
      CREATE,
      { input: { username: "lisi", displayName: "李四", role: "SECTION_HEAD", sectionId: foreign.id, password: "long-enough-1" } },
      await userNamed("admin"),
    );
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(res.errors?.[0].message).toMatch(/本单位/);
    expect(await snapshot()).toEqual(before);
  });
});

describe("updateUser", () => {
  it("changes role and section, and audits only the changed fields", async () => {
    const target = await createSectionHead("wangwu");
    const admin = await userNamed("admin");
    const res = await gql<{ updateUser: Account }>(
      UPDATE,
      { input: { userId: target.id, sectionId: sections.get("计划科"), expectedVersion: await versionOf("user", target.id) } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateUser).toMatchObject({ role: "SECTION_HEAD", section: { name: "计划科" }, displayName: "wangwu 负责人" });
    let audit = await lastAudit();
    expect(audit).toMatchObject({ action: "UPDATE_USER", entityType: "User", entityId: target.id, userId: admin.id });
    expect(audit.before).toEqual({ sectionId: sections.get("成果科"), sectionName: "成果科", version: 1 });
    expect(audit.after).toEqual({ sectionId: sections.get("计划科"), sectionName: "计划科", version: 2 });

    // Promoted to leadership: the section goes with the old role.
    const promoted = await gql<{ updateUser: Account }>(
      UPDATE,
      { input: { userId: target.id, role: "LEADER", displayName: "王五", expectedVersion: await versionOf("user", target.id) } },
      admin,
    );
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data!.updateUser).toMatchObject({ role: "LEADER", section: null, displayName: "王五" });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      role: "LEADER",
      sectionId: null,
      displayName: "王五",
    });
    audit = await lastAudit();
    expect(audit.before).toEqual({
      displayName: "wangwu 负责人",
      role: "SECTION_HEAD",
      sectionId: sections.get("计划科"),
      sectionName: "计划科",
      version: 2,
    });
    expect(audit.after).toEqual({ displayName: "王五", role: "LEADER", sectionId: null, sectionName: null, version: 3 });
  });

  it("writes nothing when nothing changes", async () => {
    const chengguo = await db.user.findUniqueOrThrow({ where: { username: "chengguo" } });
    const before = await snapshot();
    const res = await gql(
      UPDATE,
      { input: { userId: chengguo.id, displayName: chengguo.displayName, active: true, expectedVersion: chengguo.version } },
      await userNamed("admin"),
    );
    expect(res.errors).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it("disables an account: its sign-in fails and its session stops working; enabling restores both", async () => {
    const target = await createSectionHead("zhaoliu", "Zl-pass-2013");
    const session = await signInUser("zhaoliu", "Zl-pass-2013");
    const admin = await userNamed("admin");
    const before = await snapshot();
    const res = await gql<{ updateUser: Account }>(
      UPDATE,
      { input: { userId: target.id, active: false, expectedVersion: await versionOf("user", target.id) } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateUser.active).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);
    expect((await snapshot()).audits).toBe(before.audits + 1);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "UPDATE_USER", entityId: target.id, before: { active: true }, after: { active: false } });

    await expect(signInUser("zhaoliu", "Zl-pass-2013")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      message: "用户名或密码错误，或账号已停用",
    });
    const { findSessionUser } = await import("../../lib/server/auth/session");
    expect(await findSessionUser(session.id)).toBeNull();

    await gql(UPDATE, { input: { userId: target.id, active: true, expectedVersion: await versionOf("user", target.id) } }, admin);
    await expect(signInUser("zhaoliu", "Zl-pass-2013")).resolves.toMatchObject({ username: "zhaoliu" });
  });

  it("does not let an administrator disable or demote themself", async () => {
    const admin = await userNamed("admin");
    const before = await snapshot();
    const disable = await gql(
      UPDATE,
      { input: { userId: admin.id, active: false, expectedVersion: await versionOf("user", admin.id) } },
      admin,
    );
    expect(disable.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(disable.errors?.[0].message).toBe("不能停用自己的账号");
    const demote = await gql(
      UPDATE,
      { input: { userId: admin.id, role: "LEADER", expectedVersion: await versionOf("user", admin.id) } },
      admin,
    );
    expect(demote.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(demote.errors?.[0].message).toBe("不能取消自己的管理员角色");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a section head without a section, and an unknown user", async () => {
    const leader = await db.user.findUniqueOrThrow({ where: { username: "leader" } });
    const before = await snapshot();
    const res = await gql(
      UPDATE,
      { input: { userId: leader.id, role: "SECTION_HEAD", expectedVersion: leader.version } },
      await userNamed("admin"),
    );
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/科室负责人必须选择所属科室/);
    const missing = await gql(UPDATE, { input: { userId: "no-such-user", active: false, expectedVersion: 1 } }, await userNamed("admin"));
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(missing.errors?.[0].message).toBe("用户不存在");
    expect(await snapshot()).toEqual(before);
  });
});

describe("resetUserPassword and changeOwnPassword", () => {
  it("resets to a temporary password that must be changed; the audit says only that a reset happened", async () => {
    const target = await createSectionHead("sunqi", "Sq-first-2013");
    // sunqi sets their own password first, so the reset visibly sets the flag again.
    await gql(CHANGE, { c: "Sq-first-2013", n: "Sq-own-pass-9" }, await userNamed("sunqi"));
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).mustChangePassword).toBe(false);

    const admin = await userNamed("admin");
    const before = await snapshot();
    const res = await gql<{ resetUserPassword: Account }>(
      RESET,
      { userId: target.id, password: "temp-pass-2013", v: await versionOf("user", target.id) },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.resetUserPassword.mustChangePassword).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.mustChangePassword).toBe(true);
    expect(await verifyPassword(row.passwordHash, "temp-pass-2013")).toBe(true);
    expect(await verifyPassword(row.passwordHash, "Sq-own-pass-9")).toBe(false);
    expect((await snapshot()).audits).toBe(before.audits + 1);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "RESET_PASSWORD", entityType: "User", entityId: target.id, userId: admin.id });
    // version 2: the user's own password change bumped it
    expect(audit.before).toEqual({ mustChangePassword: false, version: 2 });
    expect(audit.after).toEqual({ passwordReset: true, mustChangePassword: true, version: 3 });
    expect(audit.raw).not.toContain("temp-pass-2013");
  });

  it("refuses a short temporary password and writes nothing", async () => {
    const jihua = await db.user.findUniqueOrThrow({ where: { username: "jihua" } });
    const before = await snapshot();
    const res = await gql(RESET, { userId: jihua.id, password: "short", v: jihua.version }, await userNamed("admin"));
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/临时密码至少 8 位/);
    expect(await snapshot()).toEqual(before);
  });

  it("lets a user replace their own password: checks the current one, clears mustChangePassword, audits", async () => {
    await createSectionHead("zhouba", "Zb-first-2013");
    const me = await userNamed("zhouba");

    const refusals: [Record<string, string>, RegExp][] = [
      [{ c: "wrong-password", n: "Zb-new-pass-7" }, /当前密码不正确/],
      [{ c: "Zb-first-2013", n: "short" }, /新密码至少 8 位/],
      [{ c: "Zb-first-2013", n: "Zb-first-2013" }, /新密码不能与当前密码相同/],
    ];
    for (const [vars, message] of refusals) {
      const before = await snapshot();
      const res = await gql(CHANGE, vars, me);
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toMatch(message);
      expect(await snapshot()).toEqual(before);
    }

    const before = await snapshot();
    const res = await gql<{ changeOwnPassword: { username: string; mustChangePassword: boolean } }>(
      CHANGE,
      { c: "Zb-first-2013", n: "Zb-new-pass-7" },
      me,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.changeOwnPassword).toEqual({ id: me.id, username: "zhouba", mustChangePassword: false });
    const row = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(row.mustChangePassword).toBe(false);
    expect((await snapshot()).audits).toBe(before.audits + 1);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "CHANGE_PASSWORD", entityType: "User", entityId: me.id, userId: me.id });
    expect(audit.before).toEqual({ mustChangePassword: true });
    expect(audit.after).toEqual({ passwordChanged: true, mustChangePassword: false });

    await expect(signInUser("zhouba", "Zb-first-2013")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(signInUser("zhouba", "Zb-new-pass-7")).resolves.toMatchObject({ username: "zhouba" });
  });

  it("shows mustChangePassword only to the user themself and to administrators", async () => {
    await createSectionHead("wujiu");
    const own = await gql<{ me: { mustChangePassword: boolean } }>(ME, {}, await userNamed("wujiu"));
    expect(own.data!.me.mustChangePassword).toBe(true);
    // Other people's flag, e.g. of whoever reported a figure, is not for everyone to see.
    const REPORTERS = `query T($id: ID!) { targetDetail(targetId: $id) { entries { reportedBy { username mustChangePassword } } } }`;
    type Reporters = { targetDetail: { entries: { reportedBy: { username: string; mustChangePassword: boolean | null } }[] } };
    const id = targets.get("二.(一).3.(3)");
    const asLeader = await gql<Reporters>(REPORTERS, { id }, await userNamed("leader"));
    expect(asLeader.data!.targetDetail.entries.length).toBeGreaterThan(0);
    expect(asLeader.data!.targetDetail.entries.every((e) => e.reportedBy.mustChangePassword === null)).toBe(true);
    const asAdmin = await gql<Reporters>(REPORTERS, { id }, await userNamed("admin"));
    expect(asAdmin.data!.targetDetail.entries.every((e) => e.reportedBy.mustChangePassword === false)).toBe(true);
  });
});

describe("only administrators manage accounts", () => {
  it("refuses every admin operation to a section head with FORBIDDEN, writing nothing", async () => {
    const head = await userNamed("chengguo");
    const jihua = await db.user.findUniqueOrThrow({ where: { username: "jihua" } });
    const before = await snapshot();
    const calls: [string, Record<string, unknown>][] = [
      [USERS, {}],
      [CREATE, { input: { username: "sneaky", displayName: "越权", role: "ADMIN", password: "sneaky-pass-1" } }],
      [UPDATE, { input: { userId: head.id, role: "ADMIN", expectedVersion: await versionOf("user", head.id) } }],
      [UPDATE, { input: { userId: jihua.id, active: false, expectedVersion: jihua.version } }],
      [RESET, { userId: jihua.id, password: "sneaky-pass-1", v: jihua.version }],
    ];
    for (const [query, vars] of calls) {
      const res = await gql(query, vars, head);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(res.errors?.[0].message).toBe("当前角色无权执行此操作");
      expect(res.data ?? null).toBeNull();
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.user.count({ where: { username: "sneaky" } })).toBe(0);
  });

  it("refuses them to anonymous callers with UNAUTHENTICATED", async () => {
    const before = await snapshot();
    expect((await gql(USERS, {}, null)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await gql(CHANGE, { c: "x", n: "whatever-123" }, null)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await snapshot()).toEqual(before);
  });
});
