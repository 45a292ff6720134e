/**
 * One form's values and messages. A message, once shown, is checked again with the field's rule every time that
 * field changes: it updates while the value is still wrong and goes as soon as it is right. Showing messages
 * scrolls to the first one.
 */
import { useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '../../types/errors';
import { scrollToFirstError } from '../utils/scroll';

export interface FormOptions<V> {
  /** All messages for these values (empty when they may be sent). */
  validate: (values: V) => FieldErrors;
  /** Messages a change of this value may settle besides its own (an address part settles `address`). */
  links?: Partial<Record<keyof V, string[]>>;
}

export interface Form<V> {
  values: V;
  errors: FieldErrors;
  /** Sets one value and re-checks the messages shown for it. */
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  /** Sets several values at once. */
  update: (patch: Partial<V>) => void;
  /** Replaces all messages (a failed check, the server's answer) and scrolls to the first. */
  show: (errors: FieldErrors) => void;
  /** Shows one message (a refused skill) without touching the others or scrolling. */
  setError: (key: string, message: string) => void;
  /** Checks everything, shows what is wrong; true when the form may be sent. */
  check: () => boolean;
  /** Starts again from these values with no messages. */
  reset: (values: V) => void;
}

/** Keeps the shown messages under `keys`, each replaced by what the rule says now, or dropped when it is fine. */
export function recheck(shown: FieldErrors, keys: string[], found: FieldErrors): FieldErrors {
  const touched = (k: string) => keys.some((key) => k === key || k.startsWith(`${key}.`));
  if (!Object.keys(shown).some(touched)) return shown;
  const out: FieldErrors = {};
  for (const [k, message] of Object.entries(shown)) {
    if (!touched(k)) out[k] = message;
    else if (found[k]) out[k] = found[k];
  }
  return out;
}

export function useForm<V extends object>(initial: V | (() => V), { validate, links }: FormOptions<V>): Form<V> {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [scroll, setScroll] = useState(0);
  const latest = useRef(values);
  latest.current = values;

  useEffect(() => {
    if (scroll) scrollToFirstError();
  }, [scroll]);

  function update(patch: Partial<V>) {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setValues(next);
    const keys = Object.keys(patch).flatMap((k) => [k, ...(links?.[k as keyof V] ?? [])]);
    setErrors((shown) => recheck(shown, keys, validate(next)));
  }

  function show(found: FieldErrors) {
    setErrors(found);
    if (Object.keys(found).length) setScroll((n) => n + 1);
  }

  return {
    values,
    errors,
    set: (key, value) => update({ [key]: value } as unknown as Partial<V>),
    update,
    show,
    setError: (key, message) => setErrors((shown) => ({ ...shown, [key]: message })),
    check: () => {
      const found = validate(latest.current);
      show(found);
      return Object.keys(found).length === 0;
    },
    reset: (next) => {
      latest.current = next;
      setValues(next);
      setErrors({});
    },
  };
}
