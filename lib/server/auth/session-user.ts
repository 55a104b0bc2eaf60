/** The signed-in user as every service sees it. */
export type Role = "LEADER" | "SECTION_HEAD" | "ASSESSOR" | "ADMIN" | "AUDIT_ADMIN";

/** Why the user must pick a new password before anything else: a temporary one, or one past its maximum age. */
export type PasswordChange = "TEMPORARY" | "EXPIRED";

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  sectionId: string | null;
  /** the browser session the request came with; absent for users built by scripts and tests */
  sessionId?: string;
  /** set when only the password change (and sign-out) is allowed; the API refuses everything else */
  passwordChange?: PasswordChange | null;
}
