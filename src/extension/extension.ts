/**
 * Journey Lens in VS Code: diagnostics while typing, quick fixes, id-aware
 * language features and commands, all from the editor-free engine in src/core.
 */
import * as vscode from 'vscode';
import { Analyses } from './analyses';
import { Checker } from './checker';
import { EvidenceService } from './evidence/service';
import { registerJourneysView, type JourneysView } from './journeys-view/provider';
import { checkWorkspace } from './commands/check-workspace';
import { importJourney } from './commands/import-journey';
import { newJourney, type NewJourneyArgs } from './commands/new-journey';
import { REVEAL_COMMAND, revealJourneyStep, showPortfolioReport } from './commands/portfolio-report';
import { showCheckDocumentation } from './commands/show-docs';
import { FIX_APPLIED_COMMAND } from './language/code-actions';
import { registerLanguageFeatures } from './language/register';
import { registerPreview } from './preview';
import { Settings } from './settings';

/** What activate() returns: used by the integration tests to wait for work to finish. */
export interface JourneyLensApi {
  checker: Checker;
  settings: Settings;
  analyses: Analyses;
  evidence: EvidenceService;
  journeysView: JourneysView;
}

export async function activate(context: vscode.ExtensionContext): Promise<JourneyLensApi> {
  const settings = new Settings();
  const evidence = new EvidenceService(vscode.Uri.joinPath(context.extensionUri, 'dist', 'evidence-worker.js').fsPath);
  const analyses = new Analyses(() => settings.current, evidence);
  const checker = new Checker(analyses, settings);
  const journeys = registerJourneysView(analyses, checker.onDidCheck);
  context.subscriptions.push(
    settings,
    evidence,
    journeys.disposable,
    checker,
    // A log read (or changed on disk): the journey is checked again, from the cached cases.
    evidence.onDidChangeEvidence((uri) => checker.recheck(uri)),
    registerLanguageFeatures(analyses),
    registerPreview(context, analyses, checker.onDidCheck),
    vscode.commands.registerCommand('journeyLens.checkWorkspace', () => checkWorkspace(analyses, checker.collection)),
    vscode.commands.registerCommand(FIX_APPLIED_COMMAND, () => vscode.commands.executeCommand('setContext', 'journeyLens.fixedAFinding', true)),
    vscode.commands.registerCommand('journeyLens.showPortfolioReport', () => showPortfolioReport(analyses)),
    vscode.commands.registerCommand(REVEAL_COMMAND, (file: string, index: number) => revealJourneyStep(analyses, file, index)),
    vscode.commands.registerCommand('journeyLens.newJourney', (args?: NewJourneyArgs) => newJourney(args, analyses)),
    vscode.commands.registerCommand('journeyLens.importJourney', (args?: unknown) => importJourney(args, context.extensionUri)),
    vscode.commands.registerCommand('journeyLens.showCheckDocumentation', (ruleId?: string) => showCheckDocumentation(context.extensionUri, ruleId)),
  );
  // Loading the configuration fires a change, which checks every open journey.
  await settings.reload();
  return { checker, settings, analyses, evidence, journeysView: journeys.view };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
