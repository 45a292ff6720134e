/**
 * decide(order, command, ctx): the one place an order's fate is settled.
 * Pure: the clock and the caller come in `ctx`; the store commits what comes out, conditional on `order.version`.
 */
import type { Order, OrderCommand, OrderStatus } from '../../types/domain';
import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors';
import type { UserCommand } from '../../types/views';
import { memberRefusal, relationsOf, type Relation } from './access';
import { DomainError } from './domain.error';
import type { Command } from './order.commands';
import { EFFECTS, urgeAfter, type Effect } from './order.effects';
import {
  assigneeVerified,
  deadlineAhead,
  departmentOfStreet,
  laterDeadline,
  notCurrentWorker,
  photoGiven,
  recallsWorker,
  underClaimLimit,
  type DecideContext,
} from './order.guards';
import { MACHINE, ruleFor, targetOf, type Rule } from './order.machine';

export interface Decision extends Effect {
  command: OrderCommand;
  from: OrderStatus;
  to: OrderStatus;
  actorRole: Relation;
}

export function decide(order: Order, cmd: Command, ctx: DecideContext): Decision {
  const rule = ruleFor(order.status, cmd.type);
  if (!rule) throw new DomainError('ORDER.INVALID_TRANSITION');
  const actorRole = permittedRelation(rule, relationsOf(order, ctx.caller));
  if (!actorRole) throw new DomainError(refusalFor(rule, ctx));
  for (const guard of rule.guards ?? []) {
    const code = guard(order, cmd, ctx);
    if (code) throw new DomainError(code, fieldsOf(code));
  }
  const effect = (EFFECTS[cmd.type] as (o: Order, c: Command, x: DecideContext) => Effect)(order, cmd, ctx);
  const target = targetOf(rule, order);
  const patch = { ...effect.patch, ...target.patch, ...urgeAfter(order, cmd.type, target.to) };
  return { ...effect, patch, command: cmd.type, from: order.status, to: target.to, actorRole };
}

/** A refusal about one field of the form is shown beside that field too. */
function fieldsOf(code: ErrorCode): Record<string, string> | undefined {
  return code === 'ORDER.PHOTO_REQUIRED' ? { photos: ERROR_MESSAGES[code] } : undefined;
}

function permittedRelation(rule: Rule, rel: Set<Relation>): Relation | undefined {
  return rule.by.find((r) => rel.has(r));
}

/** A member whose 报到 is pending or was rejected is told so, not just "forbidden". */
function refusalFor(rule: Rule, ctx: DecideContext): ErrorCode {
  return (rule.by.includes('member') && memberRefusal(ctx.caller.member)) || 'AUTH.FORBIDDEN';
}

const SYSTEM_COMMANDS: readonly OrderCommand[] = [
  'auto_close',
  'mark_overdue',
  'assign_timeout',
  'accept_overdue',
  'claim_remind',
  'claim_timeout',
  'dept_overdue',
];
/** Guards that judge the command's own input; the buttons cannot know it yet. */
const INPUT_GUARDS = new Set([deadlineAhead, departmentOfStreet, laterDeadline, assigneeVerified, notCurrentWorker, recallsWorker, underClaimLimit, photoGiven]);

/**
 * The commands this caller may give now, for the buttons on the detail page. Guards that depend on the
 * command's own input (deadlines, the chosen assignee, the claim limit) are left to the moment it is given.
 */
export function availableCommands(order: Order, ctx: DecideContext): UserCommand[] {
  const rel = relationsOf(order, ctx.caller);
  const row = Object.keys(MACHINE[order.status]) as OrderCommand[];
  return row.filter((command): command is UserCommand => {
    if (SYSTEM_COMMANDS.includes(command)) return false;
    const rule = ruleFor(order.status, command)!;
    if (!permittedRelation(rule, rel)) return false;
    return (rule.guards ?? []).every((g) => INPUT_GUARDS.has(g) || g(order, { type: command } as Command, ctx) === null);
  });
}
