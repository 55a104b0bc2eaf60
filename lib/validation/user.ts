import { z } from "./zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordNameProblem, passwordStrengthProblems } from "../domain/password-policy";
import { hasControlCharacters } from "./primitives";
import type { ErrorKey } from "../i18n/errors";
import { msg } from "../i18n/message-text";

/**
 * What the admin forms, the password form and the API all check (graphql/operations/users.ts takes these
 * fields as its input). Messages are catalogue messages (lib/i18n/errors.ts), in the reader's language. Text is measured before it is trimmed.
 */
/** AUDIT_ADMIN (审计管理员) reads and exports the audit log and manages nothing; ADMIN manages accounts and cannot read it. */
export const ROLES = ["LEADER", "SECTION_HEAD", "ASSESSOR", "ADMIN", "AUDIT_ADMIN"] as const;
export type UserRole = (typeof ROLES)[number];

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

/** Length and character classes (lib/domain/password-policy.ts); "not the user name" needs the account, so the services check it. */
const password = (field: ErrorKey) => {
  const what = msg(field);
  return z
    .string({ error: msg("v.required", { what }) })
    .max(MAX_PASSWORD_LENGTH, msg("v.maxPlaces", { what, max: MAX_PASSWORD_LENGTH }))
    .superRefine((value, ctx) => {
      const [problem] = passwordStrengthProblems(value, what);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
};

const username = z
  .string({ error: msg("v.required", { what: msg("field.username") }) })
  .max(32, msg("v.maxPlaces", { what: msg("field.username"), max: 32 }))
  .trim()
  .min(3, msg("v.minPlaces", { what: msg("field.username"), min: 3 }))
  .regex(/^[a-z0-9_.-]+$/, msg("users.usernameCharacters"));

const displayName = z
  .string({ error: msg("v.required", { what: msg("field.displayName") }) })
  .max(50, msg("v.maxChars", { what: msg("field.displayName"), max: 50 }))
  .refine((s) => !hasControlCharacters(s), msg("v.controlCharacters", { what: msg("field.displayName") }))
  .trim()
  .min(1, msg("v.required", { what: msg("field.displayName") }));

const role = z.enum(ROLES, { error: msg("users.roleInvalid") });

const sectionId = z
  .string()
  .trim()
  .nullish()
  .transform((v) => v || null);

/** 科室负责人 need their section; the other roles see the whole bureau and have none. */
function sectionFitsRole(input: { role: UserRole; sectionId: string | null }, ctx: z.RefinementCtx) {
  if (input.role === "SECTION_HEAD" && !input.sectionId) {
    ctx.addIssue({ code: "custom", path: ["sectionId"], message: msg("users.sectionHeadNeedsSection") });
  }
  if (input.role !== "SECTION_HEAD" && input.sectionId) {
    ctx.addIssue({ code: "custom", path: ["sectionId"], message: msg("users.sectionOnlyForHeads") });
  }
}

export const createUserSchema = z
  .object({ username, displayName, role, sectionId, password: password("field.initialPassword") })
  .superRefine(sectionFitsRole)
  .superRefine((input, ctx) => {
    const named = passwordNameProblem(input.password, input.username, msg("field.initialPassword"));
    if (named) ctx.addIssue({ code: "custom", path: ["password"], message: named });
  });
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** The fields an administrator edits on an existing account, after merging the change onto the current values. */
export const updateUserSchema = z
  .object({ displayName, role, sectionId, active: z.boolean({ error: msg("users.chooseActive") }) })
  .superRefine(sectionFitsRole);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ password: password("field.temporaryPassword") });

const ownPasswordFields = z.object({
  currentPassword: z
    .string({ error: msg("v.required", { what: msg("field.currentPassword") }) })
    .min(1, msg("v.required", { what: msg("field.currentPassword") }))
    .max(MAX_PASSWORD_LENGTH, msg("v.maxPlaces", { what: msg("field.currentPassword"), max: MAX_PASSWORD_LENGTH })),
  newPassword: password("field.newPassword"),
});
const newDiffers = (v: { currentPassword: string; newPassword: string }) => v.newPassword !== v.currentPassword;
const sameAsCurrent = { path: ["newPassword"], message: msg("password.sameAsCurrent") };

export const changeOwnPasswordSchema = ownPasswordFields.refine(newDiffers, sameAsCurrent);

/** The password form also asks for the new password twice; the API does not need the repeat. */
export const changeOwnPasswordFormSchema = ownPasswordFields
  .extend({ confirmPassword: z.string() })
  .refine(newDiffers, sameAsCurrent)
  .refine((v) => v.confirmPassword === v.newPassword, { path: ["confirmPassword"], message: msg("password.repeatDiffers") });
