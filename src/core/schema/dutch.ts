/**
 * The Dutch for the schema texts that findings quote: titles (what a mapping
 * is), x-what (what a value should be), x-keys, patternErrorMessage and the
 * first sentence of each required key's description. Keyed by the English
 * text, so that one translation serves every place the schemas repeat it;
 * test/unit/dutch-schema.test.ts fails when a schema text has no entry here
 * or an entry is no longer used. The schemas themselves stay English: they
 * are also the hover texts of the Red Hat YAML extension, which has no
 * language switch for them.
 */
export const SCHEMA_DUTCH: Readonly<Record<string, string>> = {
  // Titles: the noun after "Een …" in "Een stap heeft 'customer' nodig".
  catalog: 'catalogus',
  configuration: 'configuratie',
  'Journey Lens shared definitions': 'gedeelde definities van Journey Lens',
  channel: 'kanaal',
  team: 'team',
  system: 'systeem',
  partner: 'partner',
  journey: 'klantreis',
  step: 'stap',
  task: 'taak',
  handoff: 'overdracht',
  promise: 'belofte',

  // x-keys: what a mapping's keys are.
  check: 'controle',

  // x-what: what a value should be.
  "a catalog (a mapping with 'catalog', 'channels', 'teams', 'systems' or 'partners')": "een catalogus (een mapping met 'catalog', 'channels', 'teams', 'systems' of 'partners')",
  "a configuration (a mapping with 'checks', 'handoff-maximum', 'include' or 'exclude')": "een configuratie (een mapping met 'checks', 'handoff-maximum', 'include' of 'exclude')",
  'a mapping of check ids to severities': "een mapping van controle-id's naar ernstniveaus",
  'a severity': 'een ernstniveau',
  'a whole number, 0 or more': 'een geheel getal, 0 of meer',
  'a list of glob patterns': 'een lijst van glob-patronen',
  'a glob pattern': 'een glob-patroon',
  'a channel declaration (a mapping such as { kind: web })': 'een kanaaldeclaratie (een mapping zoals { kind: web })',
  'a channel kind': 'een soort kanaal',
  'true or false': 'true of false',
  'a team declaration (a mapping such as { name: Klantenservice })': 'een teamdeclaratie (een mapping zoals { name: Klantenservice })',
  'front or back': 'front of back',
  'a system declaration (a mapping such as { name: Klantsysteem })': 'een systeemdeclaratie (een mapping zoals { name: Klantsysteem })',
  'a partner declaration (a mapping such as { name: Stedin })': 'een partnerdeclaratie (een mapping zoals { name: Stedin })',
  "a duration such as '3 working days'": "een duur zoals '3 werkdagen'",
  'a mapping of channel ids to channel declarations': "een mapping van kanaal-id's naar kanaaldeclaraties",
  'a mapping of team ids to team declarations': "een mapping van team-id's naar teamdeclaraties",
  'a mapping of system ids to system declarations': "een mapping van systeem-id's naar systeemdeclaraties",
  'a mapping of partner ids to partner declarations': "een mapping van partner-id's naar partnerdeclaraties",
  "a journey (a mapping with at least 'journey', 'need', 'outcome' and 'steps')": "een klantreis (een mapping met ten minste 'journey', 'need', 'outcome' en 'steps')",
  'a date (YYYY-MM-DD)': 'een datum (JJJJ-MM-DD)',
  'a catalog path or a list of catalog paths': 'een cataloguspad of een lijst van cataloguspaden',
  'a catalog path': 'een cataloguspad',
  'a list of stage names': 'een lijst van fasenamen',
  'a stage name': 'een fasenaam',
  'a mapping of measure names to targets': 'een mapping van meetwaarden naar doelen',
  'a target such as "+30" or "< 2"': 'een doel zoals "+30" of "< 2"',
  'a list of steps': 'een lijst van stappen',
  "a step (a mapping with at least 'id' and 'customer')": "een stap (een mapping met ten minste 'id' en 'customer')",
  'a step id': 'een stap-id',
  'a channel id': 'een kanaal-id',
  'a channel id or a list of channel ids': "een kanaal-id of een lijst van kanaal-id's",
  'a whole number from -2 to 2': 'een geheel getal van -2 tot en met 2',
  'a Kano category': 'een Kano-categorie',
  'a text or a list of texts': 'een tekst of een lijst van teksten',
  text: 'tekst',
  'a list of texts': 'een lijst van teksten',
  'a list of partner ids': "een lijst van partner-id's",
  'a partner id': 'een partner-id',
  'a list of tasks': 'een lijst van taken',
  'a list of step ids': "een lijst van stap-id's",
  'a task (a mapping such as { team: klantenservice, does: Registreert de verhuizing })': 'een taak (een mapping zoals { team: klantenservice, does: Registreert de verhuizing })',
  'a team id': 'een team-id',
  'a system id or a list of system ids': "een systeem-id of een lijst van systeem-id's",
  'a system id': 'een systeem-id',
  'a handoff (a mapping such as { to: facturatie, gives: nieuw adres, within: 1 working day })': 'een overdracht (een mapping zoals { to: facturatie, gives: nieuw adres, within: 1 werkdag })',
  'a team or partner id': 'een team- of partner-id',
  'a promise (a mapping such as { says: We bevestigen binnen 3 werkdagen, by: klantenservice, within: 3 working days })': 'een belofte (een mapping zoals { says: We bevestigen binnen 3 werkdagen, by: klantenservice, within: 3 werkdagen })',

  // patternErrorMessage
  "An id starts with a letter or digit and holds only letters, digits, '-' and '_' (no spaces).": "Een id begint met een letter of cijfer en bevat alleen letters, cijfers, '-' en '_' (geen spaties).",

  // First sentences of the descriptions of required keys (and of a task's team or partner).
  "The journey's title: the customer's goal in a few words.": 'De titel van de klantreis: het doel van de klant in een paar woorden.',
  "The customer need that starts the journey, in the customer's words.": 'De behoefte waarmee de klantreis begint, in de woorden van de klant.',
  'The fulfilment that ends the journey: what the customer has when it is done.': 'De vervulling waarmee de klantreis eindigt: wat de klant heeft als het klaar is.',
  "The customer's steps, in order (at least one).": 'De stappen van de klant, op volgorde (minstens één).',
  "The step's id, unique within the journey; 'next' uses it to link steps.": "De id van de stap, uniek binnen de klantreis; 'next' verwijst ermee naar stappen.",
  "What the customer does or experiences, in the customer's words.": 'Wat de klant doet of meemaakt, in de woorden van de klant.',
  'What the team or partner does in this task.': 'Wat het team of de partner in deze taak doet.',
  'The team that does this task.': 'Het team dat deze taak doet.',
  'The partner that does this task.': 'De partner die deze taak doet.',
};
