// A Sink onto a writable stream that waits for 'drain' when the stream is full, and stops with an EPIPE error
// when the reader has gone away (`dyad events … | head`), which the CLI treats as a normal end.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Sink } from './index.ts';

const readerGone = (): Error => Object.assign(new Error('output closed'), { code: 'EPIPE' });

export const isReaderGone = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';

export function streamSink(stream: Writable): Sink {
  let gone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') gone = true;
  });
  return async (chunk) => {
    if (gone) throw readerGone();
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
    if (gone) throw readerGone();
  };
}
