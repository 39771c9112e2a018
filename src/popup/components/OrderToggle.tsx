import { t } from '../i18n';
import type { PostOrder } from '../order-posts';

interface Props {
  order: PostOrder;
  onChange: (order: PostOrder) => void;
}

/** A toggle: pressed means "oldest first"; the arrow shows which way the list runs now. */
export function OrderToggle({ order, onChange }: Props) {
  const oldest = order === 'oldest';
  return (
    <button
      type="button"
      class="order-toggle"
      data-action="toggle-order"
      aria-pressed={oldest}
      onClick={() => onChange(oldest ? 'newest' : 'oldest')}
    >
      <span aria-hidden="true">{oldest ? '↑' : '↓'}</span> {t('oldestFirst')}
    </button>
  );
}
