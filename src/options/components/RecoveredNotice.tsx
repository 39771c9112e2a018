/** Stored settings were unreadable: say so, and that the next change fixes it. */
export function RecoveredNotice() {
  return (
    <p class="notice" role="note">
      Your saved settings couldn't be read (they may have been damaged while syncing), so Live Reader is using its
      defaults. Any change you make below saves a fresh copy.
    </p>
  );
}
