import { passwordProblems } from "../../domain/password-policy";
import { AppError } from "../errors";
import { authSettings } from "./auth-settings";
import { hashPassword, verifyPassword } from "./password";
import { msg } from "../../i18n/message-text";

/**
 * A new password for an account: strong enough (lib/domain/password-policy.ts), not the user name, and — when
 * the user picks it themselves — none of the last PASSWORD_HISTORY passwords. Returns what to store: the new
 * hash, the history with the replaced hash added (never shown anywhere), and when it was set.
 */
export async function newPasswordFor(
  account: { username: string; passwordHash: string; passwordHistory: string },
  plain: string,
  options: { field: string; /** the field's name, a catalogue message (field.newPassword) */ what: string; checkHistory: boolean },
): Promise<{ passwordHash: string; passwordHistory: string; passwordChangedAt: Date }> {
  const [problem] = passwordProblems(plain, account.username, options.what);
  if (problem) throw new AppError("BAD_USER_INPUT", problem, { fields: { [options.field]: problem } });
  const keep = authSettings().passwordHistory;
  const previous = parseHistory(account.passwordHistory);
  if (options.checkHistory && keep > 0) {
    for (const old of [account.passwordHash, ...previous.slice(0, keep - 1)]) {
      if (await verifyPassword(old, plain)) {
        const message = msg("password.reused", { what: options.what, count: keep });
        throw new AppError("BAD_USER_INPUT", message, { fields: { [options.field]: message } });
      }
    }
  }
  return {
    passwordHash: await hashPassword(plain),
    passwordHistory: JSON.stringify([account.passwordHash, ...previous].slice(0, Math.max(keep - 1, 0))),
    passwordChangedAt: new Date(),
  };
}

function parseHistory(json: string): string[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.filter((h): h is string => typeof h === "string") : [];
  } catch {
    return [];
  }
}
