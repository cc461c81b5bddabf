// The library's date filter speaks newsroom days (Asia/Ho_Chi_Minh, UTC+7 all year, no DST).

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function startOfNewsroomDay(day: string | undefined): Date | undefined {
  if (!day || !DAY.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00+07:00`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** [from, to) for "from day" and "to day" inclusive, both optional, as typed in <input type="date">. */
export function newsroomDayRange(fromDay?: string, toDay?: string): { from?: Date; to?: Date } {
  const from = startOfNewsroomDay(fromDay);
  const lastDay = startOfNewsroomDay(toDay);
  const to = lastDay ? new Date(lastDay.getTime() + 24 * 60 * 60 * 1000) : undefined;
  return { from, to };
}
