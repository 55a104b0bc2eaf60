"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** The element a new page starts at: the one its #hash names, else its heading (the <h1> in <main>). */
function startOfPage(): HTMLElement | null {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  return (hash ? document.getElementById(hash) : null) ?? document.querySelector<HTMLElement>("main h1");
}

/**
 * After a navigation inside the app, focus moves to the new page's heading (or to the part its #hash names),
 * so keyboard and screen-reader users start on the page they opened instead of on the link they left — a
 * link in the header stays where it was while the page under it changes. A full page load keeps the browser's
 * own focus, and so does a page that focused a field itself (autoFocus); a change of the query alone (another
 * as-of date, a filter) stays where it is. The heading is made focusable by script (tabindex -1), not added to
 * the tab order.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    // the new page put focus somewhere itself (a field with autoFocus): leave it there
    const active = document.activeElement;
    if (active && active !== document.body && document.querySelector("main")?.contains(active)) return;
    const target = startOfPage();
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}
