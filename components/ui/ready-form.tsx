'use client';

import { useSyncExternalStore, type ComponentProps } from 'react';

const subscribeToNothing = () => () => {};

/**
 * Whether this component runs hydrated in the browser: false in the server's HTML and during
 * hydration, true from the render that follows.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * A form handled by JavaScript (its onSubmit, or buttons that call server actions), which
 * can be filled in and sent only once it is hydrated. Until then, on a slow phone or
 * connection, its controls are disabled: text typed into a controlled field before
 * hydration would show on screen but not be in what is saved, a click on a button would do
 * nothing, and a submit would be a plain browser one (a GET to this address, the password
 * in the address bar, the history and the server's logs). `method="post"` keeps fields out of
 * the address even where JavaScript never runs.
 */
export function ReadyForm({ children, ...form }: ComponentProps<'form'>) {
  const hydrated = useHydrated();
  return (
    <form method="post" {...form}>
      {/* display: contents, so the form's own layout (grid, spacing) applies to the fields */}
      <fieldset disabled={!hydrated} role="none" className="contents">
        {children}
      </fieldset>
    </form>
  );
}
