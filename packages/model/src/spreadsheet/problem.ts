import type { LocalisedMessage } from '../messages.ts';

/** A problem or warning about a spreadsheet, where the partner will look for it. */
export interface SpreadsheetProblem {
  /** Spreadsheet row, counting the header as row 1; 0 for the file as a whole. */
  row: number;
  column: string | undefined;
  message: LocalisedMessage;
}

export function fileProblem(message: LocalisedMessage): SpreadsheetProblem {
  return { row: 0, column: undefined, message };
}
