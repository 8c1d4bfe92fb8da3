// "Import Journey…" from the palette, as an analyst brings in what they have:
// a Dutch journey map in Excel (blueprint layout, the stage cells merged over
// their steps) and a wiki page with two Mermaid journey diagrams. Each is
// picked in VS Code's own file dialog, saved beside its source, and opens
// beside its preview with its stages and steps. Screenshots in test-output/e2e.
import assert from 'assert';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import ExcelJS from 'exceljs';
import { journeyLensWebview, pickCommand } from './actions.mjs';
import { openSession, slug } from './session.mjs';

/** A journey map as analysts make them in Excel: lanes as rows, steps as columns, stages merged. */
async function dutchJourneyMap(file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Klantreis');
  const rows = [
    ['Fase', 'Oriëntatie', '', 'Aanvraag', 'Afronding'],
    ['Stap', 'Zoekt informatie', 'Vergelijkt', 'Vraagt aan', 'Krijgt bevestiging'],
    ['Klant', 'Zoekt op de website', 'Vergelijkt tarieven', 'Vult het formulier in', 'Leest de bevestiging'],
    ['Kanaal', 'website', 'website', 'app', 'email'],
    ['Emotie', 3, 2, 1, 5],
    ['Pijnpunt', '', 'Tarieven onduidelijk', 'Formulier te lang', ''],
    ['Frontoffice', '', '', 'Klantenservice: Controleert de aanvraag', ''],
    ['Backoffice', '', '', 'Facturatie: Maakt het contract', 'Facturatie: Verstuurt de bevestiging'],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => {
    if (v !== '') ws.getCell(i + 1, j + 1).value = v;
  }));
  ws.mergeCells('B1:C1');
  await wb.xlsx.writeFile(file);
}

const WIKI = `# Klantreizen

\`\`\`mermaid
journey
  title Paspoort verlengen
  section Aanvragen
    Afspraak maken: 3: Burger
    Formulier invullen: 2: Burger
\`\`\`

\`\`\`mermaid
journey
  title Verhuizing doorgeven
  section Melden
    Adres doorgeven: 4: Klant
  section Afronden
    Bevestiging lezen: 5: Klant
\`\`\`
`;

/** VS Code's own open dialog: types the path once the dialog has listed its folder, then opens it. */
async function openInDialog(page, file, button) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-box input')?.value.startsWith('/'));
  await page.locator('.quick-input-list .monaco-list-row', { hasText: /^\.\.$/ }).waitFor();
  await input.fill(file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: basename(file) }).waitFor();
  await page.waitForFunction((f) => document.querySelector('.quick-input-widget .quick-input-box input')?.value === f, file);
  await page.locator('.quick-input-widget .monaco-button', { hasText: new RegExp(`^${button}$`) }).click();
}

/** The save dialog offers the journey beside its source: take it. */
async function saveAs(page, file) {
  await page.waitForFunction((f) => document.querySelector('.quick-input-widget .quick-input-box input')?.value === f, file);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

describe('Import Journey… from the palette', function () {
  this.timeout(240_000);
  let s;
  let folder;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'jl-import-e2e-'));
    await dutchJourneyMap(join(folder, 'klantreis.xlsx'));
    writeFileSync(join(folder, 'wiki.md'), WIKI);
    s = await openSession({ workspaceFrom: folder });
  });
  after(async () => s?.close());
  afterEach(async function () {
    await s?.record(`import-${slug(this.currentTest.title)}`, this.currentTest.state === 'failed');
  });

  it('imports a Dutch journey map from Excel with merged stage cells, and opens it beside its preview', async () => {
    await pickCommand(s.page, 'Journey Lens: Import Journey…');
    await openInDialog(s.page, join(s.workspace, 'klantreis.xlsx'), 'Import');
    await saveAs(s.page, join(s.workspace, 'klantreis.journey.yaml'));
    const preview = journeyLensWebview(s.page);
    await preview.locator('.grid').waitFor({ timeout: 60_000 });
    const stages = await preview.locator('.row.stages .stage').evaluateAll((els) => els.map((el) => [el.getAttribute('title'), el.getAttribute('aria-colspan')]));
    assert.deepStrictEqual(stages, [['Oriëntatie', '2'], ['Aanvraag', '1'], ['Afronding', '1']], 'the merged stage cell over its two steps');
    assert.strictEqual(await preview.locator('.step-head').count(), 4);
  });

  it('imports the second journey diagram of a wiki page, picked from the list', async () => {
    await pickCommand(s.page, 'Journey Lens: Import Journey…');
    await openInDialog(s.page, join(s.workspace, 'wiki.md'), 'Import');
    await s.page.locator('.quick-input-widget .quick-input-title', { hasText: 'which diagram' }).waitFor();
    await s.page.locator('.quick-input-widget .quick-input-box input').fill('Verhuizing');
    await s.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Verhuizing doorgeven' }).waitFor();
    await s.page.keyboard.press('Enter');
    await saveAs(s.page, join(s.workspace, 'wiki.journey.yaml'));
    const preview = journeyLensWebview(s.page);
    await preview.locator('h1', { hasText: 'Verhuizing doorgeven' }).waitFor({ timeout: 60_000 });
    assert.strictEqual(await preview.locator('.step-head').count(), 2);
  });
});
