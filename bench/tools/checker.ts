/** What each tool under comparison offers: check one journey's text, say how many problems it reports. */
export interface Checker {
  check(text: string): Promise<number>;
  /** How many findings each check gives (Journey Lens only: shows which defects fire). */
  findingsByRule?(text: string): Promise<Record<string, number>>;
}

/** Where the journeys live for every tool (no file is read: the text is passed in). */
export { JOURNEY_PATH } from '../../test/fixtures/generated/corpus/host';
