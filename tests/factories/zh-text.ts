import { renderMessages } from "../../lib/i18n/render-message";

/**
 * Messages as a Chinese reader sees them: the schemas and the domain's checks give catalogue messages
 * (lib/i18n/message-text.ts), put into words where they are shown; these tests read the Chinese words.
 */
export const zh = <T>(value: T): T => renderMessages(value, "zh");
