import type { ReactNode } from 'react';

/**
 * A link to another website: opens in a new tab without giving that site a handle on this
 * one (rel="noopener"), and says so, with an icon for the eye and words for screen readers.
 */
export function ExternalLink({ href, children, className = 'text-link underline underline-offset-2' }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener" className={className}>
      {children}
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="ml-1 inline-block align-[-0.1em]" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M9 2.5h4.5V7M13.5 2.5 7 9M11.5 9.5v3.5a.5.5 0 0 1-.5.5H3a.5.5 0 0 1-.5-.5V5a.5.5 0 0 1 .5-.5h3.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only"> (trang ngoài, mở trong thẻ mới)</span>
    </a>
  );
}
