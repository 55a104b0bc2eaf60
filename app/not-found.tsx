import Link from "next/link";
import { currentLocale } from "./_lib/request-context";

/** 404: an address, or a record a page asked for (graphql/execute.ts on NOT_FOUND), that does not exist — in the page's language. */
export default async function NotFound() {
  const { t } = await currentLocale();
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t.notFoundPage.title}</h1>
      <p role="alert">{t.notFoundPage.body}</p>
      <p>
        <Link href="/">{t.notFoundPage.home}</Link>
      </p>
    </section>
  );
}
