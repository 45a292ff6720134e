/**
 * The values a command asks for (a reason, a note with photos, stars…), checked by the command's own rules.
 * The order page's sheet and the triage page use the same one, so a command is asked the same way everywhere.
 */
import { useEffect } from 'react';
import { checkCommand, EMPTY_VALUES, type FormValues, type SPECS } from '../services/order-commands';
import { useForm, type Form } from './useForm';

export function useCommandForm(command: keyof typeof SPECS | null): Form<FormValues> {
  const form = useForm<FormValues>(EMPTY_VALUES, { validate: (v) => (command ? checkCommand(command, v) : {}) });
  // Another command starts from empty values.
  useEffect(() => form.reset(EMPTY_VALUES), [command]);
  return form;
}
