/**
 * The progress line on stderr while a log is read: only once the read has
 * taken more than a second (a small log prints nothing), only on a terminal
 * (a CI log would fill with lines that a carriage return cannot overwrite),
 * redrawn at most a few times a second, and wiped before the figures print.
 */
import type { Language, Texts } from '../core';

const DELAY_MS = 1000;
const REDRAW_MS = 200;

const TEXT: Texts<(percent: number, mb: string, totalMb: string) => string> = {
  en: (p, mb, total) => `Reading the log: ${p}% (${mb} of ${total} MB)`,
  nl: (p, mb, total) => `Het log wordt gelezen: ${p}% (${mb} van ${total} MB)`,
};

export class ProgressLine {
  private readonly started: number;
  private lastDraw = -Infinity;
  private drawn = 0;

  /** `write` puts text on the terminal without a newline. */
  constructor(private readonly write: (text: string) => void, private readonly language: Language, private readonly now: () => number = Date.now) {
    this.started = now();
  }

  update(bytesRead: number, totalBytes: number): void {
    const t = this.now();
    if (t - this.started <= DELAY_MS || t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    const percent = totalBytes > 0 ? Math.min(100, Math.floor((bytesRead / totalBytes) * 100)) : 0;
    const line = TEXT[this.language](percent, mb(bytesRead), mb(totalBytes));
    this.write(`\r${line.padEnd(this.drawn)}`);
    this.drawn = line.length;
  }

  /** Wipes the line, if one was drawn. */
  done(): void {
    if (this.drawn > 0) this.write(`\r${' '.repeat(this.drawn)}\r`);
    this.drawn = 0;
  }
}
