/**
 * Run the items of a stream concurrently and yield the results in input order. At most
 * `window` items are in flight (submitted or finished but waiting for an earlier one), so
 * memory is bounded by the window, not by the length of the stream; the source is pulled
 * only when there is room, and a finished head is yielded at once, so the first result
 * comes out while the source is still being produced.
 */
export async function* ordered<T, R>(source: AsyncIterable<T>, submit: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  const queue: Array<Promise<R>> = [];
  let next: Promise<IteratorResult<T>> | null = it.next();
  let finished = false;
  try {
    while (next || queue.length) {
      if (next && queue.length < window) {
        const pending: Promise<IteratorResult<T>> = next;
        const head = queue[0];
        const step = head ? await Promise.race([pending, head.then(() => null)]) : await pending;
        if (step) {
          if (step.done) next = null;
          else {
            queue.push(submit(step.value));
            next = it.next();
          }
          continue;
        }
      }
      yield await queue.shift()!;
    }
    finished = true;
  } finally {
    if (!finished) await it.return?.();
  }
}
