/** "Còn hiệu lực" / "Hết hiệu lực", in words (not colour alone). */
export function InForceBadge({ inForce }: { inForce: boolean }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm font-bold ${
        inForce ? 'bg-green-100 text-green-900' : 'bg-gray-200 text-gray-900'
      }`}
    >
      {inForce ? 'Còn hiệu lực' : 'Hết hiệu lực'}
    </span>
  );
}
