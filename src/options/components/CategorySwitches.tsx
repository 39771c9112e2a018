import { CLUTTER_CATEGORIES, type ClutterCategory } from '../../core/types';
import { CLUTTER_NAMES } from '../../popup/clutter-names';

interface Props {
  categories: Record<ClutterCategory, boolean>;
  onChange: (categories: Record<ClutterCategory, boolean>) => void;
}

/** One switch per clutter category, in the order the core defines them. */
export function CategorySwitches({ categories, onChange }: Props) {
  return (
    <fieldset>
      <legend>What to hide</legend>
      {CLUTTER_CATEGORIES.map((category) => (
        <label class="switch" key={category}>
          <input
            type="checkbox"
            role="switch"
            name={`category-${category}`}
            checked={categories[category]}
            onChange={(event) => onChange({ ...categories, [category]: event.currentTarget.checked })}
          />
          <span>{CLUTTER_NAMES[category].label}</span>
          <span class="hint">{CLUTTER_NAMES[category].hint}</span>
        </label>
      ))}
    </fieldset>
  );
}
