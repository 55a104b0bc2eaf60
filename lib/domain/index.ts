// The pure domain layer: every consumer imports rules from here so tables, charts and exports agree.
export * from "./types";
export * from "./dates";
export * from "./month-window";
export * from "./completion";
export * from "./status";
export * from "./forecast";
export * from "./review-period";
export * from "./points";
export * from "./summary";
export * from "./as-of";
export * from "./corrections";
export * from "./effective-window";
export * from "./scoring";
export * from "./review-compare";
export * from "./review-scope";
