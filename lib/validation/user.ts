import { z } from "./zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordNameProblem, passwordStrengthProblems } from "../domain/password-policy";
import { CONTROL_CHARACTERS, hasControlCharacters } from "./primitives";

/**
 * What the admin forms, the password form and the API all check (graphql/operations/users.ts takes these
 * fields as its input). Messages are for bureau staff. Text is measured before it is trimmed.
 */
/** AUDIT_ADMIN (审计管理员) reads and exports the audit log and manages nothing; ADMIN manages accounts and cannot read it. */
export const ROLES = ["LEADER", "SECTION_HEAD", "ASSESSOR", "ADMIN", "AUDIT_ADMIN"] as const;
export type UserRole = (typeof ROLES)[number];

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

/** Length and character classes (lib/domain/password-policy.ts); "not the user name" needs the account, so the services check it. */
const password = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .max(MAX_PASSWORD_LENGTH, `${what}不能超过 ${MAX_PASSWORD_LENGTH} 位`)
    .superRefine((value, ctx) => {
      const [problem] = passwordStrengthProblems(value, what);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });

const username = z
  .string({ error: "请填写用户名" })
  .max(32, "用户名不能超过 32 位")
  .trim()
  .min(3, "用户名至少 3 位")
  .regex(/^[a-z0-9_.-]+$/, "用户名只能使用小写字母、数字、下划线（_）、点（.）或连字符（-）");

const displayName = z
  .string({ error: "请填写姓名" })
  .max(50, "姓名不能超过 50 字")
  .refine((s) => !hasControlCharacters(s), `姓名${CONTROL_CHARACTERS}`)
  .trim()
  .min(1, "请填写姓名");

const role = z.enum(ROLES, { error: "请选择有效的角色" });

const sectionId = z
  .string()
  .trim()
  .nullish()
  .transform((v) => v || null);

/** 科室负责人 need their section; the other roles see the whole bureau and have none. */
function sectionFitsRole(input: { role: UserRole; sectionId: string | null }, ctx: z.RefinementCtx) {
  if (input.role === "SECTION_HEAD" && !input.sectionId) {
    ctx.addIssue({ code: "custom", path: ["sectionId"], message: "科室负责人必须选择所属科室" });
  }
  if (input.role !== "SECTION_HEAD" && input.sectionId) {
    ctx.addIssue({ code: "custom", path: ["sectionId"], message: "只有科室负责人可以指定科室" });
  }
}

export const createUserSchema = z
  .object({ username, displayName, role, sectionId, password: password("初始密码") })
  .superRefine(sectionFitsRole)
  .superRefine((input, ctx) => {
    const named = passwordNameProblem(input.password, input.username, "初始密码");
    if (named) ctx.addIssue({ code: "custom", path: ["password"], message: named });
  });
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** The fields an administrator edits on an existing account, after merging the change onto the current values. */
export const updateUserSchema = z
  .object({ displayName, role, sectionId, active: z.boolean({ error: "请选择账号状态" }) })
  .superRefine(sectionFitsRole);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ password: password("临时密码") });

const ownPasswordFields = z.object({
  currentPassword: z
    .string({ error: "请填写当前密码" })
    .min(1, "请填写当前密码")
    .max(MAX_PASSWORD_LENGTH, `当前密码不能超过 ${MAX_PASSWORD_LENGTH} 位`),
  newPassword: password("新密码"),
});
const newDiffers = (v: { currentPassword: string; newPassword: string }) => v.newPassword !== v.currentPassword;
const sameAsCurrent = { path: ["newPassword"], message: "新密码不能与当前密码相同" };

export const changeOwnPasswordSchema = ownPasswordFields.refine(newDiffers, sameAsCurrent);

/** The password form also asks for the new password twice; the API does not need the repeat. */
export const changeOwnPasswordFormSchema = ownPasswordFields
  .extend({ confirmPassword: z.string() })
  .refine(newDiffers, sameAsCurrent)
  .refine((v) => v.confirmPassword === v.newPassword, { path: ["confirmPassword"], message: "两次输入的新密码不一致" });
