/** Empty space standing in for table rows scrolled out of view; hidden from assistive technology. */
export function SpacerRow({ rows, rowHeight, columns }: { rows: number; rowHeight: number; columns: number }) {
  if (rows <= 0) return null;
  return (
    <tr aria-hidden="true" className="spacer">
      {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label */}
      <td colSpan={columns} style={{ height: rows * rowHeight }} />
    </tr>
  );
}
