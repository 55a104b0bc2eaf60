import { headers } from "next/headers";
import type { SectionDispatchPanelQuery } from "../../graphql/generated/client/graphql";
import { formatDate } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { DispatchList } from "./DispatchList";
import { aside } from "../../lib/i18n/punctuation";

type Data = SectionDispatchPanelQuery;

/** The origin the browser used (behind a proxy: its forwarded host and scheme), for a copyable absolute URL. */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

/** 日历订阅 (the section's iCalendar feed with its token) and this month's 调度 list for the section. */
export async function SectionCalendarPanel({ data, t, locale }: { data: Data; t: Messages; locale: Locale }) {
  const url = `${await requestOrigin()}${data.sectionCalendar.path}`;
  const group = data.sectionDispatch.sections[0];
  return (
    <section className="panel" aria-labelledby="calendar-title" data-testid="section-calendar" style={{ marginTop: 16 }}>
      <h2 id="calendar-title">{t.review.calendarTitle}</h2>
      <p className="muted">{t.review.calendarHint}</p>
      <label className="calendar-url">
        {t.review.calendarUrl}
        <input readOnly value={url} data-testid="calendar-url" size={60} />
      </label>
      <p>
        <a href={data.sectionCalendar.path} data-testid="calendar-link">
          {t.review.calendarLink}
        </a>
      </p>
      <h3>
        {t.review.dispatch}
        {aside(formatDate(data.sectionDispatch.asOf, locale), t)}
      </h3>
      <DispatchList group={group} t={t} locale={locale} testId="section-dispatch" />
    </section>
  );
}
