import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { rebuildProgressBar } from './rebuild-progress';

/** A stream that says it is a terminal, as a TTY stderr would, and keeps what is drawn on it. */
function terminal(): { stream: NodeJS.WriteStream; drawn: () => string } {
  const drawing = () => true;
  const stream = Object.assign(new PassThrough(), {
    isTTY: true,
    columns: 160,
    cursorTo: drawing,
    clearLine: drawing,
    moveCursor: drawing,
  });
  let drawn = '';
  stream.on('data', (chunk: Buffer) => (drawn += chunk.toString()));
  return { stream: stream as unknown as NodeJS.WriteStream, drawn: () => drawn };
}

describe('the rebuild progress bar', () => {
  it('draws the phase, the share done, the rate, the position and an estimate on a terminal', () => {
    const { stream, drawn } = terminal();
    const bar = rebuildProgressBar(stream, 1000);
    bar.update({ phase: 'catching up', events: 250, position: 250n, head: 1000n, seconds: 0.5 });
    bar.update({ phase: 'catching up', events: 500, position: 512n, head: 1000n, seconds: 1 });
    bar.stop();
    expect(drawn()).toMatch(
      /catching up \[[█░]+\] 50% \| 500\/1000 events \| 500 events\/s \| position 512 \| ETA \d+s/,
    );
  });

  it('grows its total with the log', () => {
    const { stream, drawn } = terminal();
    const bar = rebuildProgressBar(stream, 10);
    bar.update({ phase: 'switching', events: 15, position: 15n, head: 15n, seconds: 1 });
    bar.stop();
    expect(drawn()).toContain('100% | 15/15 events');
  });
});
