/** The next `count` items an iterator yields. */
export async function take<T>(iterator: AsyncIterator<T>, count: number): Promise<T[]> {
  const items: T[] = [];
  while (items.length < count) items.push((await iterator.next()).value as T);
  return items;
}
