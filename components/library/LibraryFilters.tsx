import { listFilterOptions, type LibraryFilters as Filters } from '@/utils/db/articles';
import { t } from '@/utils/i18n';
import { useLiveQuery } from '@/utils/use-live-query';

// A select's value for "no filter": every real value (even '' for 기타) is a string of its own.
const ANY = '\u0000any';

interface Props {
  filters: Filters;
  /** A change to merge into the current filters, or null to clear them all. */
  onChange(change: Partial<Filters> | null): void;
}

/** Section, reporter, outlet and date range; the choices are what the library holds (its group counts). */
export function LibraryFilters({ filters, onChange }: Props) {
  const options = useLiveQuery(() => listFilterOptions(), []).value ?? { sections: [], reporters: [], sites: [] };
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <form class="filters" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
      <ChoiceFilter label={t('filterSection')} testId="filter-section" value={filters.section} choices={options.sections} withUnsorted onChange={(section) => onChange({ section })} />
      <label>
        {t('filterReporter')}
        <input list="jeongdok-reporters" data-testid="filter-reporter" value={filters.reporter ?? ''} onChange={(event) => onChange({ reporter: value(event).trim() || undefined })} />
        <datalist id="jeongdok-reporters">
          {options.reporters.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      <ChoiceFilter label={t('filterSite')} testId="filter-site" value={filters.site} choices={options.sites} onChange={(site) => onChange({ site })} />
      <label>
        {t('filterDateField')}
        <select data-testid="filter-date-field" value={filters.dateField ?? 'publishedAt'} onChange={(event) => onChange({ dateField: value(event) as Filters['dateField'] })}>
          <option value="publishedAt">{t('dateFieldPublished')}</option>
          <option value="savedAt">{t('dateFieldSaved')}</option>
        </select>
      </label>
      <div class="date-range">
        <label>
          {t('filterFrom')}
          <input type="date" data-testid="filter-from" value={filters.from ?? ''} onChange={(event) => onChange({ from: value(event) || undefined })} />
        </label>
        <label>
          {t('filterTo')}
          <input type="date" data-testid="filter-to" value={filters.to ?? ''} onChange={(event) => onChange({ to: value(event) || undefined })} />
        </label>
      </div>
      <button type="button" class="button" data-testid="filter-reset" onClick={() => onChange(null)}>
        {t('filterReset')}
      </button>
    </form>
  );
}

interface ChoiceProps {
  label: string;
  testId: string;
  value: string | undefined;
  choices: string[];
  /** Offer 기타 ('') for articles without a value. */
  withUnsorted?: boolean;
  onChange(value: string | undefined): void;
}

/** A select of the values an index holds, with 전체 (no filter) first. */
function ChoiceFilter({ label, testId, value, choices, withUnsorted = false, onChange }: ChoiceProps) {
  return (
    <label>
      {label}
      <select data-testid={testId} value={value ?? ANY} onChange={(event) => {
        const chosen = (event.currentTarget as HTMLSelectElement).value;
        onChange(chosen === ANY ? undefined : chosen);
      }}>
        <option value={ANY}>{t('filterAny')}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
        {withUnsorted && <option value="">{t('unsorted')}</option>}
      </select>
    </label>
  );
}
