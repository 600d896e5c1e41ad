import { isAfter } from '../api/positions';
import { Observable } from './observable';

/** A read model with one row (the sales totals): the state at the latest position wins. */
export class LatestValue<T extends { position: string }> extends Observable<T | undefined> {
  constructor() {
    super(undefined);
  }

  merge(value: T): void {
    const known = this.current;
    if (known && !isAfter(value.position, known.position)) return;
    this.set(value);
  }
}
