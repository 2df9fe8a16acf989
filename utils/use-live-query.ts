import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Follows a Dexie query: re-runs whenever the tables it read change, in any extension context
 * (the background's writes reach the popup). `undefined` until the first result.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): { value: T | undefined; error: Error | null } {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (result) => {
        setValue(result);
        setError(null);
      },
      error: (failure: unknown) => setError(failure instanceof Error ? failure : new Error(String(failure))),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return { value, error };
}
