/**
 * 党员报到: the registration form's values and messages (checked here as the server checks them) and sending it.
 */
import { useState } from 'react';
import type { ActionInput } from '../../../../types/actions';
import type { FieldErrors } from '../../../../types/errors';
import { LIMITS } from '../../../../types/limits';
import type { MemberView } from '../../../../types/views';
import { useForm } from '../../../hooks/useForm';
import { ApiError, call } from '../../../services/api';
import { askToNotify } from '../../../services/subscribe';
import { CHECK_FAILED, collect, phoneError, textError } from '../../../utils/rules';
import { toast } from '../../../utils/toast';

export type Registration = Omit<ActionInput<'member.register'>, 'communityId' | 'skills'> & { skills: string[] };

/** What must be fixed before the registration is sent, in the order the fields appear. */
export function checkRegistration(r: Registration): FieldErrors {
  return collect([
    ['realName', textError(r.realName, '真实姓名', LIMITS.realName)],
    ['phone', phoneError(r.phone)],
    ['workUnit', textError(r.workUnit, '在职单位', LIMITS.workUnit)],
    ['branch', textError(r.branch, '所在党支部', LIMITS.branch)],
    ['pledge', textError(r.pledge ?? '', '服务承诺', LIMITS.pledge, false)],
  ]);
}

/** Refusals that belong to one field although the server sent no field messages. */
const CODE_FIELD: Record<string, string> = { 'TEAM.NOT_FOUND': 'teamId', 'GRID.NOT_FOUND': 'gridId' };

export interface RegistrationOptions {
  communityId: string;
  initial: Registration;
  onDone: (view: MemberView) => Promise<void>;
  /** The server says this person registered already (another device): show where that stands. */
  onAlreadyRegistered: () => void;
}

export function useRegistration({ communityId, initial, onDone, onAlreadyRegistered }: RegistrationOptions) {
  const form = useForm<Registration>(initial, { validate: checkRegistration });
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (busy) return;
    if (!form.check()) return toast.error(CHECK_FAILED);
    askToNotify('register');
    const r = form.values;
    setBusy(true);
    try {
      const view = await call('member.register', {
        communityId,
        realName: r.realName.trim(),
        phone: r.phone.trim(),
        workUnit: r.workUnit.trim(),
        branch: r.branch.trim(),
        skills: r.skills,
        pledge: r.pledge?.trim() || undefined,
        teamId: r.teamId,
        gridId: r.gridId,
      });
      await onDone(view);
    } catch (e) {
      if (e instanceof ApiError) {
        // Server paths (`skills.2`) fold onto the form's fields.
        const fields: FieldErrors = {};
        for (const [path, message] of Object.entries(e.fields)) fields[path.split('.')[0]] ??= message;
        if (!Object.keys(fields).length && CODE_FIELD[e.code]) fields[CODE_FIELD[e.code]] = e.message;
        if (Object.keys(fields).length) form.show(fields);
        if (e.code === 'MEMBER.ALREADY_REGISTERED') onAlreadyRegistered();
      }
      toast.error(e);
    } finally {
      setBusy(false);
    }
  }

  return { form, busy, submit };
}
