/**
 * The schema files themselves: every field is documented for hovers and
 * completion, unknown keys are closed off except x- keys, ids follow one
 * pattern, and the $refs between the files resolve as an editor resolves
 * them (relative to the file, with no network).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const DIR = path.resolve(__dirname, '../../../schemas');
const FILES = ['journey.schema.json', 'catalog.schema.json', 'config.schema.json', 'definitions.schema.json'];
const ID = '^[A-Za-z0-9][A-Za-z0-9_-]*$';
const NOT_BLANK = '\\S';

type Json = { [key: string]: unknown };
const load = (file: string): Json => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Json;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Follows a $ref the way an editor does: a file next to this one, then a JSON pointer in it. */
function resolve(ref: string, from: string): { file: string; schema: Json } {
  const [file, pointer = ''] = ref.split('#');
  const target = file === '' ? from : file;
  let node: unknown = load(target);
  for (const seg of pointer.split('/').filter(Boolean)) node = isObj(node) ? node[seg] : undefined;
  assert.ok(isObj(node), `$ref '${ref}' in ${from} does not resolve`);
  return { file: target, schema: node };
}

/** Every subschema of a file, with a readable location. */
function* walk(node: unknown, where: string): Generator<[Json, string]> {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) yield* walk(n, `${where}/${i}`);
    return;
  }
  if (!isObj(node)) return;
  yield [node, where];
  for (const key of ['properties', 'patternProperties', 'definitions']) {
    if (isObj(node[key])) for (const [k, v] of Object.entries(node[key])) yield* walk(v, `${where}/${key}/${k}`);
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames', 'oneOf', 'anyOf']) {
    if (node[key] !== undefined && typeof node[key] !== 'boolean') yield* walk(node[key], `${where}/${key}`);
  }
}

describe('schema files', () => {
  for (const file of FILES) {
    describe(file, () => {
      const schema = load(file);

      it('is draft-07 with no $id, so relative $refs resolve against the file itself', () => {
        assert.strictEqual(schema.$schema, 'http://json-schema.org/draft-07/schema#');
        for (const [node, where] of walk(schema, file)) assert.strictEqual(node.$id, undefined, where);
      });

      it('every $ref resolves within schemas/', () => {
        for (const [node] of walk(schema, file)) {
          if (typeof node.$ref !== 'string') continue;
          assert.match(node.$ref, /^(#|definitions\.schema\.json#)\//);
          resolve(node.$ref, file);
        }
      });

      it('every property has a description and examples', () => {
        for (const [node, where] of walk(schema, file)) {
          if (!isObj(node.properties)) continue;
          for (const [key, prop] of Object.entries(node.properties)) {
            const own = prop as Json;
            const target = typeof own.$ref === 'string' ? resolve(own.$ref, file).schema : own;
            assert.ok(typeof target.description === 'string' && target.description.length > 10, `${where}/${key}: description`);
            assert.ok(Array.isArray(target.examples) && target.examples.length > 0, `${where}/${key}: examples`);
          }
        }
      });

      it('closes every object to unknown keys but x- keys', () => {
        for (const [node, where] of walk(schema, file)) {
          if (!isObj(node.properties)) continue;
          assert.strictEqual(node.additionalProperties, false, `${where}: additionalProperties`);
          assert.ok(isObj(node.patternProperties) && node.patternProperties['^x-'], `${where}: x- keys`);
        }
      });

      it('uses one id pattern everywhere, and one for names that must not be blank, each with a message for editors', () => {
        for (const [node, where] of walk(schema, file)) {
          if (node.pattern === undefined) continue;
          // The evidence keys (a log path, attribute names, activity patterns) are free text that must not be blank.
          if (node.pattern === NOT_BLANK) {
            assert.strictEqual(node.patternErrorMessage, 'It must not be empty or only white space.', where);
            continue;
          }
          assert.strictEqual(node.pattern, ID, where);
          assert.match(String(node.patternErrorMessage), /^An id starts with a letter or digit/, where);
        }
      });
    });
  }

  it('the journey and catalog schemas share the declarations', () => {
    const journey = load('journey.schema.json').properties as Json;
    const catalog = load('catalog.schema.json').properties as Json;
    for (const key of ['channels', 'teams', 'systems', 'partners']) {
      assert.deepStrictEqual(journey[key], { $ref: `definitions.schema.json#/definitions/${key}` });
      assert.deepStrictEqual(catalog[key], journey[key]);
    }
  });

  it('package.json contributes the schemas to YAML editors', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(DIR, '../package.json'), 'utf8')) as { contributes: { yamlValidation: { url: string }[] } };
    const urls = pkg.contributes.yamlValidation.map((v) => v.url).sort();
    assert.deepStrictEqual(urls, ['./schemas/catalog.schema.json', './schemas/config.schema.json', './schemas/journey.schema.json']);
  });
});
