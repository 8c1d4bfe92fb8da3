/**
 * `journey-lens export JOURNEY --format html|svg|png|pdf|mermaid|xlsx`: the
 * journey's blueprint, with its findings and (when the journey names a log)
 * the evidence overlay, in a form to hand to people who do not use VS Code.
 * The drawn formats come from the exporters' own bundle, loaded only here.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { analyseText, buildBlueprint, CatalogCache, escapeControls, exportHtml, exportMermaid, inlineFont, languageOfEnv, loadExporters, loadSheets, nodeFileHost, readRegularFile, type Texts, withoutFindings } from '../core';
import type { ExportArgs } from './args';
import { engineOptions } from './engine-options';
import { cliEvidenceSource } from './evidence-source';
import { loadCliConfig } from './load-config';
import type { Io } from './main';
import { OutputRefused, writeOutput } from './safe-output';

const TEXT: Texts<{
  cannotRead: (file: string, reason: string) => string;
  cannotDraw: (file: string, problem: string) => string;
  cannotWrite: (file: string, reason: string) => string;
  written: (file: string) => string;
}> = {
  en: {
    cannotRead: (file, reason) => `cannot read ${file}: ${reason}.`,
    cannotDraw: (file, problem) => `cannot export ${file}: ${problem}`,
    cannotWrite: (file, reason) => `cannot write ${file}: ${reason}.`,
    written: (file) => `wrote ${file}`,
  },
  nl: {
    cannotRead: (file, reason) => `kan ${file} niet lezen: ${reason}.`,
    cannotDraw: (file, problem) => `kan ${file} niet exporteren: ${problem}`,
    cannotWrite: (file, reason) => `kan ${file} niet schrijven: ${reason}.`,
    written: (file) => `${file} geschreven`,
  },
};

export async function exportCommand(args: ExportArgs, io: Io): Promise<number> {
  const language = args.lang ?? languageOfEnv(io.env ?? {});
  const t = TEXT[language];
  const fail = (line: string) => {
    io.err(`journey-lens: ${escapeControls(line)}`);
    return 2;
  };
  const { config } = await loadCliConfig(args.config, io.cwd);
  const file = path.resolve(io.cwd, args.journey);
  const read = await readRegularFile(file);
  if (!('text' in read)) return fail(t.cannotRead(args.journey, read.reason));
  const engine = engineOptions(args.allowOutside, io.cwd);
  const analysis = await analyseText(file, read.text, nodeFileHost, {
    config, catalogs: new CatalogCache(), language, ...engine,
    evidence: args.evidence ? cliEvidenceSource(config, engine.root) : undefined,
  });
  const bp = buildBlueprint(analysis, { evidence: analysis.evidence, minCases: config.evidence.minCases });
  if (bp.problem) return fail(t.cannotDraw(args.journey, bp.problem));
  const shown = args.findings ? bp : withoutFindings(bp);
  const content = await render(shown, args, language);
  if (args.out === undefined) {
    await io.out(typeof content === 'string' ? content.replace(/\n$/, '') : content.toString('utf8'));
    return 0;
  }
  const target = path.resolve(io.cwd, args.out);
  try {
    await writeOutput(target, content, io.cwd, args.allowOutside);
  } catch (e) {
    const reason = e instanceof OutputRefused ? e.message : (e as NodeJS.ErrnoException).code ?? String(e);
    return fail(t.cannotWrite(args.out, reason));
  }
  io.err(`journey-lens: ${escapeControls(t.written(args.out))}`);
  return 0;
}

async function render(bp: ReturnType<typeof buildBlueprint>, args: ExportArgs, language: 'en' | 'nl'): Promise<string | Buffer> {
  if (args.format === 'mermaid') return exportMermaid(bp, language);
  if (args.format === 'xlsx') return loadSheets(__dirname).writeXlsx(bp, { lang: language });
  const { exporters, fontsDir, wasmFile } = loadExporters(__dirname);
  const fonts = exporters.readFonts(fontsDir);
  if (args.format === 'html') {
    const media = mediaDir(path.join(__dirname, '..', 'media'));
    const [css, font] = await Promise.all([fs.readFile(path.join(media, 'preview.css'), 'utf8'), fs.readFile(path.join(media, 'codicon.ttf'))]);
    const drawing = exporters.drawnSvgs(bp, { view: args.view, findings: args.findings, page: args.page, lang: language, fonts });
    return exportHtml(bp, { view: args.view, css: inlineFont(css, font.toString('base64')), lang: language, drawing });
  }
  const wasm = args.format === 'png' ? await fs.readFile(wasmFile) : undefined;
  return exporters.exportDrawn(bp, args.format, { view: args.view, findings: args.findings, page: args.page, lang: language, fonts, wasm });
}

/** media/ beside dist/ in the package; from the compiled tests (out/src/cli), the repository's. */
function mediaDir(candidate: string): string {
  return candidate.includes(`${path.sep}out${path.sep}`) ? path.resolve(__dirname, '..', '..', '..', 'media') : candidate;
}
