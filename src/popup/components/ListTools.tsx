import type { Ref } from 'preact';
import { t } from '../i18n';
import type { PostOrder } from '../order-posts';
import { OrderToggle } from './OrderToggle';

interface Props {
  filterBox: Ref<HTMLInputElement>;
  query: string;
  onQuery: (query: string) => void;
  hasKeyPoints: boolean;
  keyPointsOnly: boolean;
  onKeyPointsOnly: (on: boolean) => void;
  order: PostOrder;
  onOrder: (order: PostOrder) => void;
  shown: number;
  total: number;
}

/** The filter box ("/" to reach it, Escape to empty it), "key points only", the order, and how many posts show. */
export function ListTools(props: Props) {
  const { query, onQuery, keyPointsOnly, shown, total } = props;
  const filtered = query.trim() !== '' || keyPointsOnly;
  return (
    <div class="list-tools">
      <div class="list-controls">
        <input
          ref={props.filterBox}
          type="search"
          class="filter"
          data-action="filter"
          aria-label={t('filterLabel')}
          placeholder={t('filterPlaceholder')}
          value={query}
          onInput={(event) => onQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query) {
              // Clears the filter instead of closing the popup; a second Escape closes it as usual.
              event.preventDefault();
              event.stopPropagation();
              onQuery('');
            }
          }}
        />
        {props.hasKeyPoints && (
          <button type="button" data-action="key-points" aria-pressed={keyPointsOnly} onClick={() => props.onKeyPointsOnly(!keyPointsOnly)}>
            {t('keyPointsOnly')}
          </button>
        )}
        <OrderToggle order={props.order} onChange={props.onOrder} />
      </div>
      {filtered && (
        <p class="list-count" data-shown={shown}>
          {shown === 0 ? t('noMatch') : t('shownOf', shown, total)}
        </p>
      )}
    </div>
  );
}
