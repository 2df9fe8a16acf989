import { useState } from 'preact/hooks';
import { isQuotaError } from '@/utils/db/errors';
import { exportLibrary, importArticles } from '@/utils/db/transfer';
import { t } from '@/utils/i18n';
import { downloadFile } from '@/utils/library/download';
import { createHtmlSafetyCheck } from '@/utils/library/html-check';
import { MAX_IMPORT_BYTES, libraryFileName, parseLibraryFile, type ImportProblem } from '@/utils/library/library-file';
import { readFileText } from '@/utils/library/read-file';

/** An import the file's own content refused (as opposed to a storage failure). */
class ImportRefused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.kind);
  }
}

interface Progress {
  label: string;
  share: number;
}

/** The sentence a user reads for each reason an import was refused; each says nothing changed. */
export function importProblemMessage(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return t('importTooLarge');
    case 'not-json':
      return t('importNotJson');
    case 'not-library':
      return t('importNotLibrary');
    case 'newer-version':
      return t('importNewerVersion', problem.version);
    case 'count-mismatch':
      return t('importCountMismatch', problem.expected, problem.found);
    case 'invalid-article':
      return problem.field ? t('importInvalidArticle', problem.index + 1, problem.field) : t('importInvalidEntry', problem.index + 1);
    case 'unsafe-html':
      return t('importUnsafeHtml', problem.index + 1);
  }
}

/** Export the whole library to one JSON file, import one back (checked first), with a progress bar. */
export function TransferPanel() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const step = (label: string) => (done: number, total = 1) => setProgress({ label, share: total ? done / total : 1 });

  const run = async (work: () => Promise<string>, failure: (error: unknown) => string) => {
    setMessage(null);
    try {
      setMessage({ text: await work(), failed: false });
    } catch (error) {
      setMessage({ text: failure(error), failed: true });
    } finally {
      setProgress(null);
    }
  };

  const exportAll = () =>
    run(
      async () => {
        const now = new Date();
        const { parts, count } = await exportLibrary(step(t('exporting')));
        downloadFile(document, parts, 'application/json', libraryFileName(now));
        return t('exportDone', count);
      },
      () => t('exportFailed'),
    );

  const importFile = (file: File) =>
    run(
      async () => {
        if (file.size > MAX_IMPORT_BYTES) throw new ImportRefused({ kind: 'too-large' });
        const text = await readFileText(file, step(t('importReading')));
        const parsed = await parseLibraryFile(text, createHtmlSafetyCheck(window), step(t('importChecking')), 200);
        if (!parsed.ok) throw new ImportRefused(parsed.problem);
        const outcome = await importArticles(parsed.articles, step(t('importWriting')));
        return t('importDone', outcome.added, outcome.merged, outcome.unchanged);
      },
      (error) => {
        if (error instanceof ImportRefused) return importProblemMessage(error.problem);
        return isQuotaError(error) ? t('importQuota') : t('importFailed');
      },
    );

  const busy = progress !== null;
  return (
    <div class="transfer" data-testid="transfer">
      <button type="button" class="button" data-testid="export-library" disabled={busy} onClick={() => void exportAll()}>
        {t('exportLibrary')}
      </button>
      <label class={`button${busy ? ' disabled' : ''}`}>
        {t('importLibrary')}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          hidden
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {progress && (
        <div class="transfer-progress">
          <span>{progress.label}</span>
          <progress data-testid="transfer-progress" max={1} value={progress.share} aria-label={t('transferProgress')} />
        </div>
      )}
      {message && (
        <p class={message.failed ? 'error' : 'note'} role={message.failed ? 'alert' : 'status'} data-testid="transfer-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
