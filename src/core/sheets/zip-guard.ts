/**
 * What an .xlsx file must pass before the spreadsheet library sees it. An
 * xlsx is a zip: its central directory says how large each part unpacks,
 * and that is checked against a cap before anything is unpacked (a zip bomb
 * unpacks a few kilobytes into gigabytes). The parts are then unpacked with
 * fflate into buffers of exactly the declared size, so a part that lies
 * about its size cannot grow past it either, and packed again uncompressed
 * for the library: what it reads is bounded by what was checked.
 */
import { unzipSync, zipSync, type Unzipped } from 'fflate';

/** Far above any journey map (a 300-step workbook unpacks to about 1 MB). */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
const MAX_PARTS = 10_000;

export type Guarded = { ok: true; zip: Uint8Array; parts: Unzipped } | { ok: false; message: string };

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function guardXlsx(bytes: Uint8Array): Guarded {
  if (bytes.length >= 4 && OLE.every((b, i) => bytes[i] === b)) {
    return { ok: false, message: 'it is a password-protected (encrypted) workbook or an Excel 97-2003 .xls file; save it in Excel as .xlsx without a password and import that.' };
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, message: 'it is not an .xlsx workbook (an .xlsx file is a zip archive, and this one is not).' };
  let total = 0;
  let count = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        count++;
        return false;
      },
    });
  } catch (e) {
    return { ok: false, message: `the workbook is damaged (${oneLine(e)}).` };
  }
  if (count > MAX_PARTS) return { ok: false, message: `the workbook has ${count} parts; Journey Lens reads at most ${MAX_PARTS}.` };
  if (total > MAX_UNPACKED_BYTES) {
    return { ok: false, message: `the workbook would unpack to ${Math.round(total / 1024 / 1024)} MB, more than the ${MAX_UNPACKED_BYTES / 1024 / 1024} MB Journey Lens unpacks (a zip bomb, or a data dump rather than a journey).` };
  }
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes);
  } catch (e) {
    return { ok: false, message: `the workbook is damaged (${oneLine(e)}).` };
  }
  if (!parts['xl/workbook.xml']) return { ok: false, message: 'it is a zip archive but not an Excel workbook (it has no xl/workbook.xml; an .ods or .numbers file must be saved as .xlsx first).' };
  if (parts['EncryptedPackage']) return { ok: false, message: 'it is a password-protected (encrypted) workbook; save it without a password and import that.' };
  return { ok: true, zip: zipSync(parts, { level: 0 }), parts };
}

/** How many rows the workbook's sheets hold in all, counted in their XML without parsing it. */
export function rowCount(parts: Unzipped): number {
  let rows = 0;
  const decoder = new TextDecoder();
  for (const [name, data] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = decoder.decode(data);
    for (let i = xml.indexOf('<row'); i >= 0; i = xml.indexOf('<row', i + 4)) rows++;
  }
  return rows;
}

/** An error's message on one line, at most 200 characters: it ends a one-line message. */
function oneLine(e: unknown): string {
  const text = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

export interface SheetName {
  name: string;
  hidden: boolean;
}

/**
 * The workbook's sheets in order, from xl/workbook.xml alone (no sheet is
 * parsed), for the editor to offer a choice; undefined when the file does
 * not pass the guard (the import then says why).
 */
export function listSheets(bytes: Uint8Array): SheetName[] | undefined {
  const guarded = guardXlsx(bytes);
  if (!guarded.ok) return undefined;
  const xml = new TextDecoder().decode(guarded.parts['xl/workbook.xml']);
  const sheets: SheetName[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    if (name === undefined) continue;
    const state = /\bstate="([^"]*)"/.exec(m[1])?.[1];
    sheets.push({ name: decodeXml(name), hidden: state === 'hidden' || state === 'veryHidden' });
  }
  return sheets;
}

function decodeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (whole, dec?: string, hex?: string, named?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[named!.toLowerCase()] ?? whole;
  });
}
