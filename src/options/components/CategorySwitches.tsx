import { CLUTTER_CATEGORIES, type ClutterCategory } from '../../core/types';
import { t } from '../../popup/i18n';

interface Props {
  categories: Record<ClutterCategory, boolean>;
  onChange: (categories: Record<ClutterCategory, boolean>) => void;
}

/** One switch per clutter category, in the order the core defines them. */
export function CategorySwitches({ categories, onChange }: Props) {
  return (
    <fieldset>
      <legend>{t('cleaningDetails')}</legend>
      {CLUTTER_CATEGORIES.map((category) => (
        <label class="switch" key={category}>
          <input
            type="checkbox"
            role="switch"
            name={`category-${category}`}
            checked={categories[category]}
            onChange={(event) => onChange({ ...categories, [category]: event.currentTarget.checked })}
          />
          {/* The popup's names for the categories (cat_*), with what each one covers (hint_*). */}
          <span>{t(`cat_${category}`)}</span>
          <span class="hint">{t(`hint_${category}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
