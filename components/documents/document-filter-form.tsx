import Link from 'next/link';
import { DOCUMENT_FILTER_PARAMS, hasDocumentFilters, type DocumentFilters } from '@/lib/documents/document-filters';
import type { DocumentFilterOptions } from '@/lib/documents/registry-query';
import { DOCUMENT_SEARCH_PATH, DOCUMENTS_PATH } from '@/lib/domain/legal-documents';

const inputClass = 'mt-1 block min-h-11 w-full min-w-0 rounded border border-gray-500 bg-white px-3 text-base text-ink';

/**
 * The registry's search and filters: a plain GET form to /van-ban/tra-cuu, so it works
 * without JavaScript and the results have an address that can be shared.
 */
export function DocumentFilterForm({ options, filters }: { options: DocumentFilterOptions; filters: DocumentFilters }) {
  const filtered = hasDocumentFilters(filters);
  return (
    <form role="search" aria-label="Tra cứu văn bản" action={DOCUMENT_SEARCH_PATH} method="get" className="mt-4 rounded border border-gray-300 bg-gray-50 p-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2 lg:col-span-4">
          <label htmlFor="van-ban-tu-khoa" className="block font-bold">
            Số, ký hiệu hoặc trích yếu
          </label>
          <input
            id="van-ban-tu-khoa"
            name={DOCUMENT_FILTER_PARAMS.query}
            type="search"
            defaultValue={filters.query}
            maxLength={200}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby="van-ban-tu-khoa-goi-y"
            className={inputClass}
          />
          <p id="van-ban-tu-khoa-goi-y" className="mt-1 text-sm text-gray-700">
            Ví dụ: 12/2026/QĐ-UBND, hoặc vài từ của trích yếu, có dấu hay không dấu đều được.
          </p>
        </div>
        <FilterSelect id="van-ban-loai" name={DOCUMENT_FILTER_PARAMS.docType} label="Loại văn bản" value={filters.docType} values={options.docTypes} />
        <FilterSelect id="van-ban-linh-vuc" name={DOCUMENT_FILTER_PARAMS.field} label="Lĩnh vực" value={filters.field} values={options.fields} />
        <FilterSelect
          id="van-ban-nam"
          name={DOCUMENT_FILTER_PARAMS.year}
          label="Năm ban hành"
          value={filters.year ? String(filters.year) : ''}
          values={options.years.map(String)}
        />
        <FilterSelect id="van-ban-co-quan" name={DOCUMENT_FILTER_PARAMS.issuer} label="Cơ quan ban hành" value={filters.issuer} values={options.issuers} />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className="min-h-11 rounded bg-brand-800 px-5 font-bold text-white hover:bg-brand-900">
          Tra cứu
        </button>
        {filtered ? (
          <Link href={DOCUMENTS_PATH} className="inline-flex min-h-11 items-center text-link underline underline-offset-2">
            Bỏ lọc, xem tất cả văn bản
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** A labelled drop-down whose first choice, "Tất cả", applies no filter. */
function FilterSelect({ id, name, label, value, values }: { id: string; name: string; label: string; value: string; values: string[] }) {
  // A value from an old link that no document has any more is still shown as chosen.
  const choices = value && !values.includes(value) ? [value, ...values] : values;
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={inputClass}>
        <option value="">Tất cả</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </div>
  );
}
