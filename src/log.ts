// What commands say while they run. The action writes workflow commands; the CLI writes to a terminal.
export interface Annotation {
  file?: string;
  line?: number;
  title?: string;
}

export interface Log {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  /** Worth seeing, not a problem (the action: a notice annotation); without it, info. */
  notice?(message: string): void;
  /** Runs a phase inside a collapsible log group (the action); elsewhere it just runs it. */
  group?<T>(name: string, phase: () => Promise<T>): Promise<T>;
}

/** Runs a phase in the log's group when it has groups. */
export function inGroup<T>(log: Log, name: string, phase: () => Promise<T>): Promise<T> {
  return log.group ? log.group(name, phase) : phase();
}

/** How far rendering is: units planned (app-of-apps add more as they are found) and done. */
export interface RenderProgress {
  planned(count: number): void;
  done(): void;
  /** Rendering is over (a terminal's line is cleared before the results print). */
  end?(): void;
}

/** A log that keeps everything, for tests and for commands that report at the end. */
export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  const at = (where?: Annotation) =>
    where?.file ? ` (${where.file}${where.line ? `:${where.line}` : ''})` : '';
  return {
    lines,
    info: (m) => lines.push(m),
    debug: (m) => lines.push(`debug: ${m}`),
    warning: (m, w) => lines.push(`warning: ${m}${at(w)}`),
    error: (m, w) => lines.push(`error: ${m}${at(w)}`),
    notice: (m) => lines.push(`notice: ${m}`),
  };
}
