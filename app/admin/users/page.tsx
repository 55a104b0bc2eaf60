import { graphql } from "../../../graphql/generated/client";
import { runOperation } from "../../../graphql/execute";
import { CreateUserForm } from "../../../components/admin/CreateUserForm";
import { UserRow } from "../../../components/admin/UserRow";
import { formatDateTime } from "../../../lib/i18n/format";
import { canManageUsersPage } from "../../_lib/permissions";
import { requirePageContext } from "../../_lib/request-context";
import { aside } from "../../../lib/i18n/punctuation";

const AdminUsersQuery = graphql(`
  query AdminUsers($unitId: ID!) {
    users {
      id
      username
      displayName
      role
      active
      mustChangePassword
      lockedMinutes
      createdAt
      version
      section {
        id
        name
      }
    }
    sections(unitId: $unitId) {
      id
      name
    }
  }
`);

/** 用户管理: the administrator's accounts table, a row editor per account, and the form to open one. */
export default async function AdminUsersPage() {
  const { user, t, locale } = await requirePageContext("/admin/users");
  if (!canManageUsersPage(user)) {
    return (
      <>
        <h1>{t.admin.title}</h1>
        <p role="alert" className="error">
          {t.admin.forbidden}
        </p>
      </>
    );
  }
  const { users, sections } = await runOperation(AdminUsersQuery, { unitId: user.unitId }, user);
  return (
    <>
      <h1>{t.admin.title}</h1>
      <p className="subtitle">{t.admin.intro}</p>
      <section aria-labelledby="users-title">
        <h2 id="users-title">
          {t.admin.users}
          <span className="muted" style={{ fontWeight: 400, fontSize: 14 }}>
            {aside(`${users.length} ${t.admin.usersCount}`, t)}
          </span>
        </h2>
        <table className="data" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t.admin.username}</th>
              <th scope="col">{t.admin.displayName}</th>
              <th scope="col">{t.admin.role}</th>
              <th scope="col">{t.admin.section}</th>
              <th scope="col">{t.admin.status}</th>
              <th scope="col">{t.admin.createdAt}</th>
              <th scope="col">{t.admin.actions}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <UserRow
                key={u.id}
                account={u}
                createdAt={formatDateTime(u.createdAt, locale)}
                sections={sections}
                isSelf={u.id === user.id}
                t={t}
              />
            ))}
          </tbody>
        </table>
      </section>
      <section className="panel" style={{ marginTop: 24, maxWidth: 560 }}>
        <CreateUserForm sections={sections} t={t} />
      </section>
    </>
  );
}
