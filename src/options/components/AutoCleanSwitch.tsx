interface Props {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** The global switch: hide clutter on news pages as they load. */
export function AutoCleanSwitch({ enabled, onChange }: Props) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" name="autoClean" checked={enabled} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span>Hide clutter automatically on news pages</span>
      <span class="hint">Live blogs, news feeds and articles. Other pages are never changed. You can show everything again from the toolbar button.</span>
    </label>
  );
}
