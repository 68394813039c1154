import type { ClipboardEvent, FocusEvent, KeyboardEvent } from 'react';

/** Where a cell is: its inputs carry `data-row` and `data-col`. */
export interface CellAddress {
  row: number;
  col: number;
}

function addressOf(element: EventTarget): CellAddress | null {
  if (!(element instanceof HTMLElement) || element.dataset.row === undefined || element.dataset.col === undefined) return null;
  return { row: Number(element.dataset.row), col: Number(element.dataset.col) };
}

const isText = (element: EventTarget): element is HTMLInputElement => element instanceof HTMLInputElement && element.type === 'text';

/** The caret is at the start (or end) of a text cell, or the whole value is selected: the arrow leaves the cell. */
function canLeave(element: EventTarget, towardsEnd: boolean): boolean {
  if (!isText(element)) return true;
  const { selectionStart: start, selectionEnd: end, value } = element;
  if (start === 0 && end === value.length) return true;
  return towardsEnd ? end === value.length : start === 0;
}

/** A block copied from Excel or LibreOffice: rows by line, cells by tab. */
export function parseBlock(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'));
}

/**
 * The keys of a spreadsheet for a table of inputs (tally grid, attendance): ↑/↓ and Enter
 * (Shift+Enter up) move between rows, ←/→ between columns once the caret is at the edge of
 * the value, Tab is the browser's own. A cell's value is selected on entry, so typing
 * replaces it. A block pasted from a spreadsheet lands from the cell in focus, right and down.
 * Put the returned handlers on the table: they serve every cell inside it. A grid of buttons
 * (the training matrix) passes no paste handler: there Enter presses the button, arrows move.
 */
export function spreadsheetKeys(onPasteBlock?: (at: CellAddress, block: string[][]) => void) {
  return {
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const at = addressOf(event.target);
      if (!at || event.altKey || event.ctrlKey || event.metaKey) return;
      const step: Partial<Record<string, [number, number]>> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        Enter: onPasteBlock ? [event.shiftKey ? -1 : 1, 0] : undefined,
        ArrowLeft: canLeave(event.target, false) ? [0, -1] : undefined,
        ArrowRight: canLeave(event.target, true) ? [0, 1] : undefined,
      };
      const move = step[event.key];
      if (!move) return;
      event.preventDefault();
      // The next cell that takes input that way (a row with "No contacts" ticked is skipped over).
      for (let distance = 1; ; distance++) {
        const next = event.currentTarget.querySelector<HTMLInputElement | HTMLButtonElement>(`[data-row="${at.row + move[0] * distance}"][data-col="${at.col + move[1] * distance}"]`);
        if (!next) return;
        if (!next.disabled) return next.focus();
      }
    },
    onFocus(event: FocusEvent<HTMLElement>) {
      if (isText(event.target)) event.target.select();
    },
    onPaste(event: ClipboardEvent<HTMLElement>) {
      const at = addressOf(event.target);
      const text = event.clipboardData.getData('text/plain');
      // One value is an ordinary paste into the cell.
      if (!at || !onPasteBlock || !/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
      event.preventDefault();
      onPasteBlock(at, parseBlock(text));
    },
  };
}
