import { baseName, resolveBeside } from '../../files/locations';
import type { Journey } from '../../model/model';

/** The catalog as the journey's `uses` names it (where the fix goes), else the file's name. */
export function catalogName(journey: Journey, file: string): string {
  const use = journey.uses.find((u) => resolveBeside(journey.file, u.text) === file);
  return use?.text ?? baseName(file);
}
