/** The tools compared, by the key the jobs and the table use. */
import type { Checker } from './checker';
import { floor } from './floor';
import { journeyLens } from './journey-lens';
import { spectral } from './spectral';
import { yamlLanguageServer } from './yaml-language-server';

export const TOOLS = {
  floor: { name: 'yaml parseDocument (floor)', make: floor },
  jl: { name: 'Journey Lens full check', make: journeyLens },
  yls: { name: 'yaml-language-server validation', make: yamlLanguageServer },
  spectral: { name: 'Spectral (schema rule)', make: spectral },
} satisfies Record<string, { name: string; make: () => Checker | Promise<Checker> }>;

export type ToolKey = keyof typeof TOOLS;
export const TOOL_KEYS = Object.keys(TOOLS) as ToolKey[];
export const isToolKey = (s: string): s is ToolKey => s in TOOLS;
