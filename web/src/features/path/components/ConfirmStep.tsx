// The final steps of the client's path: a confirmation step between a form's checks and its save
// (making a decision, closing a period) that says what will happen, and a success panel that says
// where to go next. Both take focus when they appear (a screen reader hears them; a keyboard user
// continues from there).
//
//   const confirm = useConfirmStep<Values>(form.values);
//   useForm({ submit: async (v) => { await confirm.ask(v); return save(v); }, onError: confirm.onError })
//   actions={confirm.pending ? <ConfirmPanel confirm={confirm} …/> : <Button type="submit">…}
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import './documents.css';

/** The worker went back to editing: not an error, the form shows nothing. */
export class ConfirmCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ConfirmCancelled';
  }
}

interface Pending<T> {
  values: T;
  resolve(): void;
  reject(e: Error): void;
}

export interface ConfirmStep<T> {
  pending: T | null;
  /** Resolves when the worker confirms, rejects with ConfirmCancelled when they go back. */
  ask(values: T): Promise<void>;
  confirm(): void;
  cancel(): void;
  /** For useForm's onError: a cancel shows no error. */
  onError(e: unknown): { general?: string } | undefined;
}

/**
 * `current` is the form's values now: an edit while the step is open closes it (the worker
 * confirms only what the step shows).
 */
export function useConfirmStep<T>(current: T): ConfirmStep<T> {
  const [pending, setPending] = useState<Pending<T> | null>(null);
  useEffect(() => {
    if (pending && pending.values !== current) {
      pending.reject(new ConfirmCancelled());
      setPending(null);
    }
  }, [current, pending]);
  return {
    pending: pending?.values ?? null,
    ask: (values) =>
      new Promise<void>((resolve, reject) => {
        setPending({ values, resolve, reject });
      }),
    confirm: () => {
      pending?.resolve();
      setPending(null);
    },
    cancel: () => {
      pending?.reject(new ConfirmCancelled());
      setPending(null);
    },
    onError: (e) => (e instanceof ConfirmCancelled ? {} : undefined),
  };
}

function useFocusOnMount<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

export function ConfirmPanel({ id, title, saveLabel, onConfirm, onCancel, children }: { id: string; title: string; saveLabel: string; onConfirm(): void; onCancel(): void; children: ReactNode }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="confirm-step" aria-labelledby={id} data-testid="confirm-step">
      <h3 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {children}
      <div className="confirm-step__actions">
        <Button type="button" onClick={onConfirm}>
          {saveLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('docs.back')}
        </Button>
      </div>
    </section>
  );
}

export function SuccessPanel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="success-step" aria-labelledby={id} data-testid="success-step">
      <h3 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {children}
    </section>
  );
}
