/** The shapes between the import's stages: a diagram as Mermaid reads it, and the problems that stop an import. */

/** A task line: `name: score: actor, actor`, with what the import had to guess recorded for its comments. */
export interface MermaidTask {
  name: string;
  /** The score as written (trimmed), '' when the task has none. */
  scoreText: string;
  /** The score as Mermaid reads it (`Number`), when it is a finite number. */
  score?: number;
  actors: string[];
  /** 1-based line in the file the diagram was read from. */
  line: number;
  /** Text after a third `:`, which Mermaid ignores (it is not shown in the diagram). */
  ignored?: string;
  /** The task had no `:` at all (Mermaid refuses such a line; the import takes it as a task without score and actors). */
  bare?: boolean;
  /** A task without `:` whose name a `#` ended: the comment that follows, which Mermaid would not draw (it refuses the line). */
  cutAtHash?: string;
  /** `name: X` with a text X that is not a number: the import took X as the actors. */
  actorsForScore?: boolean;
}

export interface MermaidSection {
  /** Undefined for the tasks before the first `section`, and for a section without a name. */
  name?: string;
  /** 1-based line of the `section` line (of the first task, for the tasks before any section). */
  line: number;
  tasks: MermaidTask[];
}

export interface MermaidJourney {
  /** `title`, else the front matter's `title`. */
  title?: string;
  accTitle?: string;
  accDescr?: string;
  /** In diagram order; repeated names stay separate sections, as in Mermaid. */
  sections: MermaidSection[];
  /** 1-based line of the `journey` keyword. */
  line: number;
}

/** Why an import cannot go on: one line for the user, and where. */
export interface ImportProblem {
  message: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };

/** Thrown inside the import's parsers and caught at their front door, which returns it as an Outcome. */
export class ImportFailure extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}

/** Runs `make` and turns an ImportFailure into a failed outcome (other errors are bugs and stay thrown). */
export function outcomeOf<T>(make: () => T): Outcome<T> {
  try {
    return { ok: true, value: make() };
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, problem: { message: e.message, line: e.line } };
    throw e;
  }
}
