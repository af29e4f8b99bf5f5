'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The main navigation's disclosure button on small screens. The links themselves are
 * rendered on the server and passed in; on wide screens the button is hidden and the
 * links always show.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="inline-flex min-h-11 items-center gap-2 rounded px-3 py-2 font-bold text-white md:hidden"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen((value) => !value)}
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="currentColor">
          {open ? (
            <path d="M4.3 4.3a1 1 0 0 1 1.4 0L10 8.6l4.3-4.3a1 1 0 1 1 1.4 1.4L11.4 10l4.3 4.3a1 1 0 0 1-1.4 1.4L10 11.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L8.6 10 4.3 5.7a1 1 0 0 1 0-1.4z" />
          ) : (
            <path d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2zm0 6H3a1 1 0 1 0 0 2h14a1 1 0 1 0 0-2z" />
          )}
        </svg>
        Danh mục
      </button>
      <div id="main-menu" className={`${open ? 'block' : 'hidden'} w-full md:block md:w-auto`}>
        {children}
      </div>
    </>
  );
}
