// Every page: one <h1>, a document title "<page> – soku", and after an in-app navigation the focus
// moves to the new page's heading so that screen-reader users hear where they are.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Heading } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

/** Tests render pages one after another; they reset the "first page" flag with this. */
export function resetPageFocusForTests(): void {
  firstPageShown = false;
}

export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
}

export function Page({
  title,
  heading,
  children,
}: {
  /** Text for the document title (and the heading unless `heading` is given). */
  title: string;
  heading?: ReactNode;
  children?: ReactNode;
}) {
  usePageTitle(title);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPageShown) ref.current?.focus({ preventScroll: false });
    firstPageShown = true;
  }, []);
  return (
    <>
      <Heading variant="h1" id="page-heading" tabIndex={-1} ref={ref} mb="l" className="page-heading">
        {heading ?? title}
      </Heading>
      {children}
    </>
  );
}
