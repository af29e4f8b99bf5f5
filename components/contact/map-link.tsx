/**
 * A link to the office on a map site (the "mapUrl" setting): no third-party script or
 * frame is loaded on the portal's own pages.
 */
export function MapLink({ url, label, className = 'text-link underline' }: { url: string; label: string; className?: string }) {
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
  return (
    <>
      <a href={url} rel="noopener noreferrer external" className={className}>
        {label}
      </a>{' '}
      <span className="text-sm text-gray-700">({host})</span>
    </>
  );
}
