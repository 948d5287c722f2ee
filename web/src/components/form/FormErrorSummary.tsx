// The list of a form's errors at its top, each linking to its field (Suomi.fi ErrorSummary). The
// heading takes focus when the summary appears so that the user learns the save did not happen.
import { useEffect, useRef } from 'react';
import { ErrorSummary } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  inputId: string;
  text: string;
}

export function FormErrorSummary({ items, focusKey }: { items: SummaryItem[]; focusKey: number }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (items.length > 0 && focusKey > 0) headingRef.current?.focus();
    // Focus again on every failed submit (focusKey changes), not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- items deliberately left out
  }, [focusKey]);
  if (items.length === 0) return null;
  return (
    <ErrorSummary
      headingText={t('form.errorSummary', { count: items.length })}
      headingVariant="h2"
      headingRef={headingRef}
      items={items}
      mb="l"
    />
  );
}
