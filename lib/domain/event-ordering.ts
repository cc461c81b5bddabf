/** How an event's timeline orders its articles: by publication time, or as the desk arranged them. */
export const EVENT_ORDERINGS = ['time', 'manual'] as const;
export type EventOrdering = (typeof EVENT_ORDERINGS)[number];
