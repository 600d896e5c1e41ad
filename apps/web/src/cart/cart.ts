import { Observable } from '../live/observable';

export interface CartLine {
  productId: string;
  quantity: number;
}

/** A customer's cart: one line per product, in the order they were added. Kept in the page only. */
export class Cart extends Observable<readonly CartLine[]> {
  constructor() {
    super([]);
  }

  add(productId: string, quantity = 1): void {
    const lines = this.current;
    if (!lines.some((line) => line.productId === productId)) {
      return this.set([...lines, { productId, quantity }]);
    }
    this.set(
      lines.map((line) =>
        line.productId === productId ? { ...line, quantity: line.quantity + quantity } : line,
      ),
    );
  }

  /** Any number is kept as it is; the gateway says what is wrong with it. */
  setQuantity(productId: string, quantity: number): void {
    this.set(this.current.map((line) => (line.productId === productId ? { ...line, quantity } : line)));
  }

  remove(productId: string): void {
    this.set(this.current.filter((line) => line.productId !== productId));
  }

  clear(): void {
    if (this.current.length > 0) this.set([]);
  }
}
