/**
 * yaml-language-server's validation with our journey schema, as the Red Hat
 * YAML extension runs it: the schema registered by file pattern, schemas
 * loaded through the request service (from disk, never the network), and a
 * new document version for every run, so each run parses the whole text
 * again as the extension does after an edit.
 */
import { readFile } from 'fs/promises';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { SCHEMAS } from '../paths';
import { JOURNEY_PATH, type Checker } from './checker';

export async function yamlLanguageServer(): Promise<Checker> {
  const schemaFile = path.join(SCHEMAS, 'journey.schema.json');
  const service = getLanguageService({
    schemaRequestService: async (uri) => {
      if (!uri.startsWith('file:')) throw new Error(`the benchmark loads no schema from the network: ${uri}`);
      return readFile(fileURLToPath(uri), 'utf8');
    },
    // definitions.schema.json is referenced relative to the journey schema.
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
  });
  service.configure({
    validate: true,
    hover: false,
    completion: false,
    format: false,
    isKubernetes: false,
    schemas: [{ uri: pathToFileURL(schemaFile).toString(), fileMatch: ['*.journey.yaml'], schema: JSON.parse(await readFile(schemaFile, 'utf8')) }],
  });
  const uri = pathToFileURL(JOURNEY_PATH).toString();
  let version = 0;
  return {
    check: async (text) => (await service.doValidation(TextDocument.create(uri, 'yaml', ++version, text), false)).length,
  };
}
