/**
 * Targets chosen by the order as it was (claim, release, reopen, and recall and claim timeout, which free a slot as a
 * release does): each rule's branches end in one without a
 * condition, so every order finds a target, and a branch's fields come only with that branch.
 */
import { ORDER_STATUSES, type OrderCommand } from '../../types/domain';
import { MACHINE, ruleFor } from '../../cloud/domain/order.machine';

const branching = ORDER_STATUSES.flatMap((status) =>
  (Object.keys(MACHINE[status]) as OrderCommand[]).map((command) => [status, command, ruleFor(status, command)!] as const),
).filter(([, , rule]) => typeof rule.to !== 'string');

test('claim, release, reopen, recall, claim timeout and a team part are the rules whose target depends on the order', () => {
  expect(branching.map(([status, command]) => `${status}.${command}`).sort()).toEqual([
    'awaiting_rating.reopen',
    'in_progress.claim_timeout',
    'in_progress.recall',
    'in_progress.release',
    'in_progress.report_part',
    'open.claim',
    'open.report_part',
  ]);
});

test.each(branching.map(([status, command, rule]) => [`${status}.${command}`, rule] as const))(
  '%s: only its last branch has no condition',
  (_name, rule) => {
    const branches = rule.to as Exclude<typeof rule.to, string>;
    expect(branches.map((b) => b.when === undefined)).toEqual(branches.map((_b, i) => i === branches.length - 1));
  },
);
