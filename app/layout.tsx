import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "../components/layout/SiteHeader";
import { currentLocale } from "./_lib/request-context";
import "./globals.css";

export const metadata: Metadata = { title: "绩效目标追踪 · Performance targets" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t, user } = await currentLocale();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body>
        <a className="skip-link" href="#main">
          {locale === "zh" ? "跳到正文" : "Skip to content"}
        </a>
        <SiteHeader t={t} user={user} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
