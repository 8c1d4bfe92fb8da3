/** Spreadsheets for the import tests, made with the same library the import reads them with, and the import run on them. */
import * as path from 'path';
import { Workbook, type Worksheet } from 'exceljs';
import { parse } from 'yaml';
import { analyseText, type Imported, importSpreadsheet } from '../../src/core';
import * as sheets from '../../src/core/sheets';
import { memoryHost, show } from './helpers';

/** A workbook with one sheet per entry, each filled by its function. */
export async function workbook(fill: Record<string, (ws: Worksheet) => void>, setup?: (wb: Workbook) => void): Promise<Buffer> {
  const wb = new Workbook();
  for (const [name, f] of Object.entries(fill)) f(wb.addWorksheet(name));
  setup?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rows of values into a sheet from A1. */
export function rows(ws: Worksheet, values: (string | number | null)[][]): void {
  values.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null && v !== '') ws.getCell(r + 1, c + 1).value = v;
  }));
}

export function importBytes(file: string, bytes: Uint8Array | string, options: { sheet?: string; layout?: 'blueprint' | 'table' } = {}): Promise<Imported> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return importSpreadsheet({ file, bytes: data, ...options }, () => sheets);
}

export interface Task { team?: string; partner?: string; does: string; system?: string | string[] }
export interface Step {
  id: string; stage?: string; customer: string; channel?: string; emotion?: number; pain?: string | string[]; idea?: string | string[];
  partners?: string[]; process?: Task[]; fallback?: string | string[]; kano?: string; 'moment-of-truth'?: boolean; [key: `x-${string}`]: unknown;
}
export interface Journey { journey: string; need: string; outcome: string; stages?: string[]; teams?: Record<string, { name?: string; line?: string }>; steps: Step[] }

/** The journey of a successful import, its YAML text, and the schema's findings on it (there must be none). */
export async function imported(result: Imported): Promise<{ value: Journey; yaml: string }> {
  if (!result.ok) throw new Error('problem' in result ? result.problem.message : 'several journeys');
  const analysis = await analyseText(path.resolve('imported.journey.yaml'), result.yaml, memoryHost({}), { today: '2026-11-23' });
  const schema = analysis.findings.filter((f) => f.rule === 'schema' || f.rule === 'duplicate-id' || f.rule === 'yaml-syntax');
  if (schema.length > 0) throw new Error(`schema findings:\n${show(schema)}\n${result.yaml}`);
  return { value: parse(result.yaml) as Journey, yaml: result.yaml };
}

export function problemOf(result: Imported): string {
  if (result.ok || !('problem' in result)) throw new Error(`expected a problem, got ${result.ok ? result.yaml : 'a choice'}`);
  return result.problem.message;
}
