/** Registers the id-aware language features for journey and catalog files. */
import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { JourneyCodeActionProvider } from './code-actions';
import { IdCompletionProvider } from './completion';
import { IdDefinitionProvider } from './definition';
import { EVIDENCE_TRIGGERS, EvidenceCompletionProvider } from './evidence-completion';
import { EvidenceHoverProvider } from './evidence-hover';
import { IdHoverProvider } from './hover';
import { LastEvidence } from './last-evidence';
import { JourneyOutlineProvider } from './outline';
import { SCHEMA_TRIGGERS, SchemaCompletionProvider } from './schema-completion';
import { SchemaHoverProvider } from './schema-hover';
import { IdRenameProvider } from './rename';

/** Journey and catalog files keep the `yaml` language, so the Red Hat YAML extension still works on them. */
const JOURNEY_SELECTOR: vscode.DocumentSelector = [
  { pattern: '**/*.{journey,catalog}.{yaml,yml}' },
  { pattern: '**/journey-lens.config.yaml' },
];

export function registerLanguageFeatures(analyses: Analyses): vscode.Disposable {
  const definitions = new IdDefinitionProvider(analyses);
  const evidence = new LastEvidence();
  return vscode.Disposable.from(
    evidence,
    vscode.languages.registerCompletionItemProvider(JOURNEY_SELECTOR, new EvidenceCompletionProvider(analyses, evidence), ...EVIDENCE_TRIGGERS),
    vscode.languages.registerHoverProvider(JOURNEY_SELECTOR, new EvidenceHoverProvider(analyses, evidence)),
    vscode.languages.registerCompletionItemProvider(JOURNEY_SELECTOR, new IdCompletionProvider(analyses), ':', ' ', ',', '['),
    vscode.languages.registerHoverProvider(JOURNEY_SELECTOR, new IdHoverProvider(analyses)),
    vscode.languages.registerCompletionItemProvider(JOURNEY_SELECTOR, new SchemaCompletionProvider(), ...SCHEMA_TRIGGERS),
    vscode.languages.registerHoverProvider(JOURNEY_SELECTOR, new SchemaHoverProvider(analyses)),
    vscode.languages.registerDefinitionProvider(JOURNEY_SELECTOR, definitions),
    vscode.languages.registerReferenceProvider(JOURNEY_SELECTOR, definitions),
    vscode.languages.registerRenameProvider(JOURNEY_SELECTOR, new IdRenameProvider(analyses)),
    vscode.languages.registerDocumentSymbolProvider(JOURNEY_SELECTOR, new JourneyOutlineProvider(analyses)),
    vscode.languages.registerCodeActionsProvider(JOURNEY_SELECTOR, new JourneyCodeActionProvider(analyses), JourneyCodeActionProvider.metadata),
  );
}
