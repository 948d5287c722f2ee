// The header's menu on a phone: a button (aria-expanded) opens and closes the user's tools and the
// main navigation. It closes again when the user goes to another page, and on Escape, which also
// returns the focus to the button when pressed inside the header. On a wide screen
// the button is hidden by app.css and the tools and navigation show whatever the state is.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useLocation } from 'react-router';

export interface HeaderMenu {
  open: boolean;
  toggle(): void;
  buttonRef: RefObject<HTMLButtonElement | null>;
}

export function useHeaderMenu(): HeaderMenu {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // another page: the menu has done its work
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // only from within the header: Escape in a dialog or a form field is theirs
      const header = buttonRef.current?.closest('header');
      if (!header || !(e.target instanceof Node) || !header.contains(e.target)) return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const toggle = useCallback(() => setOpen((o) => !o), []);
  return { open, toggle, buttonRef };
}
