// made once (~40 µs to build; exports format an instant per row)
const CHINA_MINUTE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An instant as the bureau reads it (China Standard Time): 2013-09-30 17:05 */
export function formatInTimeZone(d: Date): string {
  const parts = CHINA_MINUTE.formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}
