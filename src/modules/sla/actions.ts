"use server";

import type { ActionResult } from "@/server/action";
import * as sla from "./definitions";

// Thin entry points for the settings forms (useActionState); the rules live in definitions/.
type Prev<T> = ActionResult<T> | null;

export async function createCalendarAction(_: Prev<{ id: string }>, form: FormData) {
  return sla.createCalendar.invoke(form);
}
export async function updateCalendarAction(_: Prev<{ version: number }>, form: FormData) {
  return sla.updateCalendar.invoke(form);
}
export async function deleteCalendarAction(_: Prev<null>, form: FormData) {
  return sla.deleteCalendar.invoke(form);
}
export async function addCalendarDayAction(_: Prev<null>, form: FormData) {
  return sla.addCalendarDay.invoke(form);
}
export async function removeCalendarDayAction(_: Prev<null>, form: FormData) {
  return sla.removeCalendarDay.invoke(form);
}
export async function loadHolidayPresetAction(_: Prev<{ added: number; kept: number }>, form: FormData) {
  return sla.loadHolidayPreset.invoke(form);
}
export async function importCalendarDaysAction(_: Prev<{ added: number; replaced: number }>, form: FormData) {
  return sla.importCalendarDays.invoke(form);
}
export async function createPolicyAction(_: Prev<{ id: string }>, form: FormData) {
  return sla.createPolicy.invoke(form);
}
export async function updatePolicyAction(_: Prev<{ version: number }>, form: FormData) {
  return sla.updatePolicy.invoke(form);
}
export async function updateTargetsAction(_: Prev<{ version: number }>, form: FormData) {
  return sla.updateTargets.invoke(form);
}
export async function createGroupAction(_: Prev<{ id: string }>, form: FormData) {
  return sla.createGroup.invoke(form);
}
export async function updateGroupAction(_: Prev<{ version: number }>, form: FormData) {
  return sla.updateGroup.invoke(form);
}
export async function addGroupMemberAction(_: Prev<null>, form: FormData) {
  return sla.addGroupMember.invoke(form);
}
export async function removeGroupMemberAction(_: Prev<null>, form: FormData) {
  return sla.removeGroupMember.invoke(form);
}
export async function createRoutingRuleAction(_: Prev<{ id: string }>, form: FormData) {
  return sla.createRoutingRule.invoke(form);
}
export async function updateRoutingRuleAction(_: Prev<{ stamp: string }>, form: FormData) {
  return sla.updateRoutingRule.invoke(form);
}
export async function moveRoutingRuleAction(_: Prev<null>, form: FormData) {
  return sla.moveRoutingRule.invoke(form);
}
export async function deleteRoutingRuleAction(_: Prev<null>, form: FormData) {
  return sla.deleteRoutingRule.invoke(form);
}
