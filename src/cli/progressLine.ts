// A progress line on a terminal's stderr while apps render: `rendering 12/40 · 3.2 s`, rewritten in place
// and cleared at the end. Nothing is written when stderr is not a terminal (CI logs, pipes).
import type { RenderProgress } from '../log.js';

export interface ProgressLine extends RenderProgress {
  end(): void;
}

interface Terminal {
  isTTY?: boolean;
  write(text: string): unknown;
}

export function progressLine(
  stream: Terminal = process.stderr,
  now: () => number = Date.now,
): ProgressLine | undefined {
  if (!stream.isTTY) return undefined;
  const start = now();
  let planned = 0;
  let done = 0;
  const draw = () =>
    stream.write(`\r\x1b[Krendering ${done}/${planned} · ${((now() - start) / 1000).toFixed(1)} s`);
  return {
    planned(count) {
      planned += count;
      draw();
    },
    done() {
      done++;
      draw();
    },
    end() {
      if (planned > 0) stream.write('\r\x1b[K');
    },
  };
}
