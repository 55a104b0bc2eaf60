import { headers } from "next/headers";
import type { SectionDispatchPanelQuery } from "../../graphql/generated/client/graphql";
import { formatDate } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { StatusBadge } from "../targets/StatusBadge";
import { latestValueText, targetValueText, windowText } from "../targets/target-format";

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
        <a href={data.sectionCalendar.path} data-testid="calendar-link">{t.review.calendarLink}</a>
      </p>
      <h3>
        {t.review.dispatch}（{formatDate(data.sectionDispatch.asOf, locale)}）
      </h3>
      {group && (group.targets.length || group.rectifications.length) ? (
        <ul className="review-list" data-testid="section-dispatch">
          {group.targets.map((x) => (
            <li key={x.target.id} data-code={x.target.code}>
              <StatusBadge status={x.status} t={t} /> {x.target.code} {x.target.title}
              <span className="muted">
                {" "}· {windowText(x.target, t, locale)} · {latestValueText(x.target, x.value, null, t, locale)} / {targetValueText(x.target, t, locale)}
              </span>
              {x.dueThisMonth ? <strong className="due-tag"> {t.review.dueThisMonth}</strong> : null}
            </li>
          ))}
          {group.rectifications.map((r) => (
            <li key={r.id}>
              <span className={`badge rect-${r.state}`}>{t.review.rectState[r.state]}</span> {t.review.rectifications}：{r.code} {r.title}
              <span className="muted">
                {" "}· {t.review.deadline} {formatDate(r.deadline, locale)} · {r.notice}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.review.noDispatch}</p>
      )}
    </section>
  );
}
