/**
 * "Journey Lens: Import Journey…": a spreadsheet (.xlsx, .csv) or a Mermaid
 * journey diagram (.mmd, or a Markdown file's ```mermaid blocks) as a new
 * journey file, opened beside its preview, whose findings show what the
 * source left out. Asks for the file, for the diagram when a Markdown file
 * has several (and for the sheet when a workbook has several visible ones),
 * and where to save (beside the source, *.journey.yaml); called
 * with its answers (`{ source, target, diagram }`: tests, a keybinding) it
 * asks nothing. The import is the CLI's (src/core/import); exceljs is loaded
 * from its own bundle only for an .xlsx.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { type Imported, importFile, importKindOf, importSpreadsheet, type JourneyBlock, loadSheets, MAX_READ_BYTES, notSupportedYet } from '../../core';

export interface ImportJourneyArgs {
  source?: vscode.Uri;
  target?: vscode.Uri;
  /** The 1-based number of the journey diagram in a Markdown file. */
  diagram?: number;
  /** The sheet of an .xlsx workbook (default: the first visible one). */
  sheet?: string;
}

/** Returns the journey file written, or undefined when the user stopped or the file could not be imported. */
export async function importJourney(arg: unknown, extensionUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const given: ImportJourneyArgs = arg instanceof vscode.Uri ? { source: arg } : (arg as ImportJourneyArgs | undefined) ?? {};
  const source = given.source ?? (await pickSource());
  if (!source) return undefined;
  const name = path.posix.basename(source.path);
  const fail = (message: string) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import {0}: {1}', name, message));
    return undefined;
  };
  const unsupported = notSupportedYet(source.path);
  if (unsupported) return fail(unsupported.message);
  let bytes: Uint8Array;
  try {
    const stat = await vscode.workspace.fs.stat(source);
    if (stat.size > MAX_READ_BYTES) return fail(vscode.l10n.t('it is larger than {0} MB', String(MAX_READ_BYTES / 1024 / 1024)));
    bytes = await vscode.workspace.fs.readFile(source);
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  let sheet = given.sheet;
  if (sheet === undefined && given.target === undefined && /\.xls[xm]$/i.test(source.path)) {
    // A workbook with several visible sheets: which one (the CLI takes the first; here the user sees them).
    const names = loadSheets(vscode.Uri.joinPath(extensionUri, 'dist').fsPath).listSheets(bytes);
    if (names && names.filter((n) => !n.hidden).length > 1) {
      sheet = await pickSheet(names);
      if (sheet === undefined) return undefined;
    }
  }
  let imported = await importBytes(source, bytes, given.diagram, sheet, extensionUri);
  if (!imported.ok && 'choose' in imported) {
    const diagram = await pickDiagram(imported.choose);
    if (diagram === undefined) return undefined;
    imported = await importBytes(source, bytes, diagram, sheet, extensionUri);
  }
  if (!imported.ok) return fail('problem' in imported ? imported.problem.message : vscode.l10n.t('several journey diagrams'));
  const stem = name.replace(/\.[^.]*$/, '');
  const target = given.target ?? (await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(source, '..', `${stem}.journey.yaml`),
    filters: { [vscode.l10n.t('Journey')]: ['journey.yaml', 'yaml'] },
    saveLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Save the imported journey'),
  }));
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(imported.yaml));
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document, { preview: false });
  if (/\.journey\.ya?ml$/i.test(target.path)) await vscode.commands.executeCommand('journeyLens.openPreviewToSide', target);
  else void vscode.window.showWarningMessage(vscode.l10n.t('Journey Lens finds journeys by their name, *.journey.yaml; rename {0} so that it is checked as one.', path.posix.basename(target.path)));
  return target;
}

async function importBytes(source: vscode.Uri, bytes: Uint8Array, diagram: number | undefined, sheet: string | undefined, extensionUri: vscode.Uri): Promise<Imported> {
  const file = source.path;
  if (importKindOf(file) === 'spreadsheet') return importSpreadsheet({ file, bytes, sheet }, () => loadSheets(vscode.Uri.joinPath(extensionUri, 'dist').fsPath));
  return importFile({ file, text: new TextDecoder().decode(bytes), diagram });
}

async function pickSource(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Import Journey'),
    filters: {
      [vscode.l10n.t('Spreadsheets and Mermaid diagrams')]: ['xlsx', 'csv', 'md', 'mmd'],
      [vscode.l10n.t('All files')]: ['*'],
    },
  });
  return picked?.[0];
}

async function pickSheet(names: readonly { name: string; hidden: boolean }[]): Promise<string | undefined> {
  const items = names.filter((n) => !n.hidden).map((n) => ({ label: n.name }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Import Journey: which sheet?') }))?.label;
}

async function pickDiagram(journeys: readonly JourneyBlock[]): Promise<number | undefined> {
  const items = journeys.map((j) => ({
    label: j.title ?? vscode.l10n.t('(no title)'),
    description: vscode.l10n.t('line {0}', String(j.fenceLine)),
    number: j.number,
  }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Import Journey: which diagram?'), placeHolder: vscode.l10n.t('The file has {0} journey diagrams', String(journeys.length)) }))?.number;
}
