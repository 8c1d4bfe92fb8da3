/** Command-line arguments of `journey-lens`, parsed with Node's own parseArgs. */
import { parseArgs } from 'util';

export class UsageError extends Error {}

export const USAGE = `Usage: journey-lens check [files, folders or globs...] [options]

Checks customer journeys (*.journey.yaml) and catalogs (*.catalog.yaml) and
prints what it finds. Folders are searched for journeys and catalogs; a glob
such as 'journeys/**/*.journey.yaml' (quoted) selects files.

Options:
  --format FORMAT        stylish (default on a terminal), text (default otherwise),
                         json, or sarif (SARIF 2.1.0, for code scanning)
  --max-warnings N       also exit 1 when there are more than N warnings
  --quiet                report errors only
  --config FILE          configuration file (default: ./journey-lens.config.yaml if present)
  --today YYYY-MM-DD     the date review checks compare against (default: today)
  -h, --help             show this help

Exit code: 0 no errors, 1 at least one finding of severity error,
2 a usage or configuration error.`;

export type Format = 'stylish' | 'text' | 'json' | 'sarif';

export interface CheckArgs {
  command: 'check';
  paths: string[];
  /** Undefined means: stylish on a terminal, text otherwise. */
  format?: Format;
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  today?: string;
}

export type CliArgs = CheckArgs | { command: 'help' };

const FORMATS: readonly Format[] = ['stylish', 'text', 'json', 'sarif'];

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        config: { type: 'string' },
        today: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0 || positionals[0] === 'help') return { command: 'help' };
  const [command, ...paths] = positionals;
  if (command !== 'check') throw new UsageError(`Unknown command '${command}'. The command is 'check'.`);
  const format = values.format as Format | undefined;
  if (format !== undefined && !FORMATS.includes(format)) throw new UsageError(`Unknown format '${values.format}'. Use one of: ${FORMATS.join(', ')}.`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new UsageError(`--today takes a date as YYYY-MM-DD, not '${values.today}'.`);
  }
  const max = values['max-warnings'];
  if (max !== undefined && !/^\d+$/.test(max)) throw new UsageError(`--max-warnings takes a whole number, not '${max}'.`);
  return {
    command: 'check', paths, format, config: values.config, today: values.today,
    maxWarnings: max === undefined ? undefined : Number(max), quiet: values.quiet ?? false,
  };
}
