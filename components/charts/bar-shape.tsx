"use client";
import { Rectangle, type BarShapeProps } from "recharts";

/**
 * A bar drawn as recharts draws it. Passing it as a Bar's shape keeps the bars of value 0 — which recharts
 * drops, value label and all, when a bar has its default shape — so a zero is labelled like any other value.
 */
export function BarShape(props: BarShapeProps) {
  return <Rectangle {...props} />;
}
