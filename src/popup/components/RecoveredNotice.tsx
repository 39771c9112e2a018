/** Shown when stored settings were unreadable and Live Reader fell back to its defaults. */
export function RecoveredNotice() {
  return (
    <p class="recovered" role="note">
      Your Live Reader settings couldn't be read, so the defaults are in use. Open Settings to check them.
    </p>
  );
}
