import type { Role } from "../auth/session-user";
import { db } from "../db";
import type { SectionView } from "../plan-state/target-view";

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  section: SectionView | null;
  /** GraphQL shows it only to the user themself and to administrators (graphql/resolvers/user.ts). */
  mustChangePassword: boolean;
}

const sectionSelect = { select: { id: true, name: true, phone: true, unitId: true } } as const;

export async function findUsersByIds(ids: string[]): Promise<UserView[]> {
  const users = await db.user.findMany({ where: { id: { in: ids } }, include: { section: sectionSelect } });
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    unitId: u.unitId,
    section: u.section,
    mustChangePassword: u.mustChangePassword,
  }));
}
