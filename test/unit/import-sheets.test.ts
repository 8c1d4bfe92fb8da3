/**
 * Importing spreadsheets as analysts make them: a Dutch journey map in the
 * blueprint layout with merged stage cells and a 1..5 emotion scale, an
 * English table with extra columns, formulas and a hidden sheet, a CSV saved
 * by Excel in a Dutch locale (`;` and a byte-order mark), a tab-separated
 * blueprint. Each result passes the schema; what it guessed is commented.
 */
import * as assert from 'assert';
import { PLACEHOLDER_TEAM } from '../../src/core/import';
import { importBytes, imported, problemOf, rows, workbook } from './sheets-helpers';

describe('import: spreadsheets', () => {
  it('reads a Dutch journey map in the blueprint layout with merged stage cells', async () => {
    const bytes = await workbook({
      Klantreis: (ws) => {
        rows(ws, [
          ['Klantreis', 'Verhuizing doorgeven'],
          ['Behoefte', 'Mijn energie loopt door op mijn nieuwe adres'],
          [],
          ['Fase', 'Oriëntatie', '', 'Aanvraag', ''],
          ['Stap', 'Informeren', 'Vergelijken', 'Aanvragen', 'Bevestiging'],
          ['Klant', 'Zoekt op de website', 'Vergelijkt tarieven', 'Vult het formulier in', 'Krijgt een mail'],
          ['Kanaal', 'web', 'web', 'app', 'email'],
          ['Terugval', 'telefoon', '', 'telefoon, chat', ''],
          ['Moment van de waarheid', '', '', 'ja', 'nee'],
          ['Kano', 'basis', '', 'prestatie', 'wow'],
          ['Emotie', 2, 3, 1, 5],
          ['Pijnpunt', 'Info staat verspreid', '', '- Formulier is lang\n- Geen opslaan', ''],
          ['Idee', '', '', 'Korter formulier', ''],
          ['Front office', 'Klantenservice: Beantwoordt vragen', '', '', ''],
          ['Back office', '', '', 'Facturatie: Zet het contract over\nControleert het adres', ''],
          ['Systemen', '', '', 'CRM', ''],
          ['Opmerkingen', 'Druk in januari', '', '', ''],
        ]);
        ws.mergeCells('B4:C4');
        ws.mergeCells('D4:E4');
      },
    });
    const { value, yaml } = await imported(await importBytes('verhuizing.xlsx', bytes));
    assert.strictEqual(value.journey, 'Verhuizing doorgeven');
    assert.strictEqual(value.need, 'Mijn energie loopt door op mijn nieuwe adres');
    assert.deepStrictEqual(value.stages, ['Oriëntatie', 'Aanvraag']);
    assert.deepStrictEqual(value.steps.map((s) => [s.id, s.stage, s.emotion]), [
      ['informeren', 'Oriëntatie', -1], ['vergelijken', 'Oriëntatie', 0], ['aanvragen', 'Aanvraag', -2], ['bevestiging', 'Aanvraag', 2],
    ]);
    assert.strictEqual(value.steps[0].customer, 'Zoekt op de website');
    assert.strictEqual(value.steps[0]['x-step'], 'Informeren');
    assert.deepStrictEqual(value.steps[2].pain, ['Formulier is lang', 'Geen opslaan']);
    assert.deepStrictEqual(value.steps[0].process, [{ team: 'klantenservice', does: 'Beantwoordt vragen' }]);
    assert.deepStrictEqual(value.steps[2].process, [
      { team: 'facturatie', does: 'Zet het contract over', system: 'crm' },
      { team: PLACEHOLDER_TEAM, does: 'Controleert het adres' },
    ]);
    assert.deepStrictEqual(value.teams, { klantenservice: { name: 'Klantenservice', line: 'front' }, facturatie: { name: 'Facturatie', line: 'back' } });
    assert.strictEqual(value.steps[0]['x-opmerkingen'], 'Druk in januari');
    assert.deepStrictEqual(value.steps.map((s) => [s.fallback, s['moment-of-truth'], s.kano]), [
      ['telefoon', undefined, 'basic'], [undefined, undefined, undefined], [['telefoon', 'chat'], true, 'satisfier'], [undefined, undefined, undefined],
    ]);
    assert.strictEqual(value.steps[3]['x-kano'], 'wow');
    assert.match(yaml, /^# Imported from the sheet 'Klantreis' of verhuizing\.xlsx, the blueprint layout/);
    assert.match(yaml, /# Emotion: the sheet's scale 1\.\.5 became -2\.\.2 \(the value minus 3/);
    assert.match(yaml, /emotion: -1 # sheet value 2/);
    assert.match(yaml, /# import: 'Controleert het adres' names no team \(write 'Team: what they do'\); team-to-be-named stands in/);
    assert.match(yaml, /# import: the sheet has no need or outcome; write both/);
    assert.match(yaml, /kept on each step as x-opmerkingen/);
  });

  it('reads an English table with extra columns, a formula\'s saved result, and skips a hidden sheet', async () => {
    const bytes = await workbook({
      Archive: (ws) => { rows(ws, [['Step', 'Customer'], ['old', 'Old text']]); ws.state = 'hidden'; },
      Journey: (ws) => {
        rows(ws, [
          ['Stage', 'Step', 'Customer', 'Channel', 'Emotion', 'Front office', 'Owner of step', 'Priority', ''],
          ['Apply', 'Fill in', 'Fills in the form', 'web', -1, 'Desk: checks the form', 'Ann', 1, 'loose note'],
          ['Apply', 'Pay', 'Pays the fee', 'Web Shop', 0, '', 'Bob', null, ''],
        ]);
        ws.getCell('H3').value = { formula: 'H2+1', result: 2 };
      },
    });
    const { value, yaml } = await imported(await importBytes('plan.xlsx', bytes));
    assert.match(yaml, /the table layout \(a row per step\)/);
    assert.match(yaml, /# Hidden sheets were skipped: 'Archive' \(choose one with --sheet\)\./);
    assert.deepStrictEqual(value.steps.map((s) => [s.id, s.stage, s.customer, s.channel, s.emotion]), [
      ['fill-in', 'Apply', 'Fills in the form', 'web', -1], ['pay', 'Apply', 'Pays the fee', 'web-shop', 0],
    ]);
    assert.deepStrictEqual([value.steps[0]['x-owner-of-step'], value.steps[0]['x-priority'], value.steps[0]['x-column-i']], ['Ann', '1', 'loose note']);
    assert.strictEqual(value.steps[1]['x-priority'], '2');
    assert.match(yaml, /# import: channel 'Web Shop' written as the id web-shop/);
    assert.match(yaml, /Emotion: the sheet's values are on the format's scale -2\.\.2/);
    const hidden = await imported(await importBytes('plan.xlsx', bytes, { sheet: 'Archive' }));
    assert.deepStrictEqual(hidden.value.steps.map((s) => s.id), ['old']);
  });

  it('reads a CSV saved by Excel in a Dutch locale: semicolons, a byte-order mark, quoted line breaks', async () => {
    const csv = '\uFEFFFase;Stap;Klant;Kanaal;Emotie;Back office\r\nAanvraag;Aanvragen;"Vult in; klikt op ""verstuur""";app;4;"Facturatie: zet over\r\nArchief: bewaart"\r\n;Bevestigen;Krijgt mail;email;5;\r\n';
    const { value, yaml } = await imported(await importBytes('export.csv', csv));
    assert.match(yaml, /^# Imported from the CSV file export\.csv, the table layout/);
    assert.deepStrictEqual(value.steps.map((s) => [s.id, s.stage, s.customer, s.emotion]), [
      ['aanvragen', 'Aanvraag', 'Vult in; klikt op "verstuur"', 1], ['bevestigen', 'Aanvraag', 'Krijgt mail', 2],
    ]);
    assert.deepStrictEqual(value.steps[0].process, [{ team: 'facturatie', does: 'zet over' }, { team: 'archief', does: 'bewaart' }]);
    assert.match(yaml, /# import: no stage in the sheet; taken from the step before/);
  });

  it('reads a tab-separated blueprint with English row names and a comma CSV table', async () => {
    const tsv = 'Journey: Apply for a permit\n\nStage\tApply\tApply\nStep\tapply-online\tpay\nCustomer\tApplies online\tPays\nPartners\tBank: checks the payment\tpost-nl\n';
    const { value } = await imported(await importBytes('map.csv', tsv));
    assert.deepStrictEqual(value.steps.map((s) => s.id), ['apply-online', 'pay']);
    assert.strictEqual(value.journey, 'Apply for a permit');
    assert.deepStrictEqual(value.steps[0].process, [{ partner: 'bank', does: 'checks the payment' }]);
    assert.deepStrictEqual(value.steps[1].partners, ['post-nl']);
    const comma = await imported(await importBytes('t.csv', 'Step,Customer,Pain\nAsk,"Asks, twice",Slow\n'));
    assert.deepStrictEqual(comma.value.steps.map((s) => [s.id, s.customer, s.pain]), [['ask', 'Asks, twice', 'Slow']]);
  });

  it('follows --layout, and says which headers it looks for when a sheet has neither layout', async () => {
    const column = 'Customer\nApplies\nPays\n';
    assert.match(problemOf(await importBytes('c.csv', column)), /neither layout's headers/);
    assert.deepStrictEqual((await imported(await importBytes('c.csv', column, { layout: 'table' }))).value.steps.map((s) => s.customer), ['Applies', 'Pays']);
    assert.strictEqual(problemOf(await importBytes('c.csv', column, { layout: 'blueprint' })), "The sheet 'c.csv' has a Step or Customer row but no step in it.");
    assert.match(problemOf(await importBytes('n.csv', 'Name\nA\n', { layout: 'table' })), /has no column named Step or Customer \(Stap, Klant\) in its first 30 rows/);
    assert.match(problemOf(await importBytes('t.csv', 'Name,Amount\nA,1\n')), /^The sheet 't\.csv' has neither layout's headers: name the rows \(blueprint layout\) or the columns \(table layout\) Stage, Step, Customer/);
  });
});
