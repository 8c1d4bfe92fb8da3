/**
 * The formats the schemas use that ajv does not know, as the generated
 * validators (validators.generated.ts) call them: `formats.duration.validate`.
 */
import { isDuration, parseDate } from '../model/durations';
import { isKnownZone } from '../evidence/zone';

export const duration = { type: 'string', validate: isDuration };
export const date = { type: 'string', validate: (s: string): boolean => parseDate(s) !== undefined };
/** An IANA zone the platform knows (`evidence.timezone`): an unknown one would read every time wrongly. */
export const timezone = { type: 'string', validate: isKnownZone };
