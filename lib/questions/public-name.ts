/**
 * How an asker's name appears on the public page: the given name (the last word, as
 * Vietnamese names are written) after the initials of the family and middle names:
 * "Nguyễn Văn An" → "N.V. An". Enough for the asker to recognise their question, not enough to
 * publish who asked it (personal data, Nghị định 13/2023/NĐ-CP). Their contact details are never shown.
 */
export function publicAskerName(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  if (words.length === 0) return 'Người dân';
  const given = words.at(-1)!;
  const initials = words
    .slice(0, -1)
    .map((word) => `${[...word][0].toLocaleUpperCase('vi')}.`)
    .join('');
  return initials ? `${initials} ${given}` : given;
}
