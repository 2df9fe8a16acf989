import { useEffect, useState } from 'preact/hooks';
import { listGroupArticles, listSubsectionGroups, type GroupSummary } from '@/utils/db/articles';
import { t } from '@/utils/i18n';
import { markListReady } from '@/utils/library/list-ready';
import { useLiveQuery } from '@/utils/use-live-query';
import { ArticleRows, MoreButton, PAGE_SIZE } from './ArticleList';
import type { ArticleActions } from './ArticleItem';

interface Props {
  groups: GroupSummary[];
  actions: ArticleActions;
  testId: string;
  /** How many of the first (largest) groups start open; the others load when opened. */
  openCount: number;
}

/**
 * Saved articles under collapsible group headings (a section with its subsections, a reporter)
 * with counts. A group reads its articles only while open, a page at a time, so the list costs
 * the same with 100 articles or 10,000.
 */
export function ArticleGroups({ groups, actions, testId, openCount }: Props) {
  useEffect(() => {
    if (groups.length === 0) markListReady();
  }, [groups.length]);
  if (groups.length === 0) return <p class="empty">{t('libraryEmpty')}</p>;
  return (
    <div class="groups" data-testid={testId}>
      {groups.map((group, index) => (
        <Group key={group.key} group={group} actions={actions} startOpen={index < openCount} />
      ))}
    </div>
  );
}

function Group({ group, actions, startOpen, nested = false }: { group: GroupSummary; actions: ArticleActions; startOpen: boolean; nested?: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const label = group.label || t('unsorted');
  return (
    <details class={nested ? 'group subgroup' : 'group'} open={open} data-group={label} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <span class="group-label">{label}</span>
        <span class="count" data-testid={nested ? 'subgroup-count' : 'group-count'}>
          {t('articleCount', group.count)}
        </span>
      </summary>
      {open && (
        <div class="group-body">
          {group.hasSubgroups ? <SectionBody group={group} actions={actions} /> : <GroupArticles group={group} count={group.count} actions={actions} />}
        </div>
      )}
    </details>
  );
}

/** An opened section: its subsections (a lone one starts open), then its articles without one. */
function SectionBody({ group, actions }: { group: GroupSummary; actions: ArticleActions }) {
  const section = group.ref.kind === 'section' ? group.ref.section : '';
  const body = useLiveQuery(() => listSubsectionGroups(section), [group.key]);
  if (!body.value) return null;
  const { subgroups, directCount } = body.value;
  return (
    <>
      {subgroups.map((subgroup) => (
        <Group key={subgroup.key} group={subgroup} actions={actions} startOpen={subgroups.length === 1 && directCount === 0} nested />
      ))}
      {directCount > 0 && <GroupArticles group={group} count={directCount} actions={actions} />}
    </>
  );
}

/** The newest articles of a group, a page at a time; `count` is how many there are in all. */
function GroupArticles({ group, count, actions }: { group: GroupSummary; count: number; actions: ArticleActions }) {
  const [limit, setLimit] = useState(Math.min(PAGE_SIZE, 10));
  const articles = useLiveQuery(() => listGroupArticles(group.ref, limit), [group.key, limit]);
  useEffect(() => {
    if (articles.value) markListReady();
  }, [articles.value]);
  if (!articles.value) return null;
  return (
    <>
      <ArticleRows articles={articles.value} actions={actions} />
      {count > articles.value.length && <MoreButton remaining={count - articles.value.length} onMore={() => setLimit(limit + PAGE_SIZE)} />}
    </>
  );
}
