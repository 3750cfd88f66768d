// The shown state of a monthly-review action row, sent back with edits: a stale form is refused (the row has
// no version column). Pure, so the page and the server action compute it the same way.
export function actionStamp(row: { title: string; ownerId: string | null; dueDate: Date | string | null; done: boolean }): string {
  const due = row.dueDate == null ? null : typeof row.dueDate === "string" ? row.dueDate.slice(0, 10) : row.dueDate.toISOString().slice(0, 10);
  return JSON.stringify([row.title, row.ownerId, due, row.done]);
}
