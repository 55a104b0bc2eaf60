/** The signed-in user as every service sees it. */
export type Role = "LEADER" | "SECTION_HEAD" | "ASSESSOR" | "ADMIN";

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  sectionId: string | null;
}
