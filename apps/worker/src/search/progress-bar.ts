import { type ReindexProgress } from './reindex.js';

const WIDTH = 30;

/** "[#########·····················]  300/1000 organisations" */
export function progressLine({ entity, done, total }: ReindexProgress): string {
  const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
  const count = `${done}`.padStart(`${total}`.length);
  return `[${'#'.repeat(filled)}${'·'.repeat(WIDTH - filled)}] ${count}/${total} ${entity}`;
}

/**
 * Reports reindex progress: on a terminal, one bar per kind of entity redrawn in place; elsewhere
 * (CI, logs) one line per batch, so the output stays readable.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stdout): (progress: ReindexProgress) => void {
  return (progress) => {
    const finished = progress.done >= progress.total;
    if (stream.isTTY) stream.write(`\r${progressLine(progress)}${finished ? '\n' : ''}`);
    else if (progress.done > 0 || finished) stream.write(`${progressLine(progress)}\n`);
  };
}
