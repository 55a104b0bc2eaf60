import { z } from "zod";
import { LOCALE_COOKIE, toLocale } from "../../../../../lib/i18n/messages";
import { findBulletin } from "../../../../../lib/server/bulletins/find-bulletin";
import { renderBulletinDocx } from "../../../../../lib/server/bulletins/render-bulletin-docx";
import { id } from "../../../../../lib/validation/primitives";
import { download, route } from "../../../_lib/operation-route";

/** 通报 as a Word file (.docx), in the interface's language (the lang cookie); whoever reads the review. */
export const GET = route({
  name: "GET /api/reviews/[reviewId]/bulletin",
  roles: "SIGNED_IN",
  input: z.object({ reviewId: id }),
  access: "read",
  resources: (i) => [{ kind: "review", id: i.reviewId }],
  run: async ({ input, request }) => {
    const file = await renderBulletinDocx(await findBulletin(input), toLocale(request.cookies.get(LOCALE_COOKIE)?.value));
    return download(file.body, file.contentType, file.fileName, file.asciiName);
  },
});
