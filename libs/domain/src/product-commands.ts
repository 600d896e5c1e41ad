/** Commands on products, imperative. Ids and `at` (ISO-8601 UTC) are supplied by the caller. */

export interface RegisterProduct {
  productId: string;
  sku: string;
  name: string;
  priceCents: number;
  /** @default 0 */
  initialStock?: number | null;
  /** @default "Uncategorized" */
  category?: string | null;
  at: string;
}

export interface ChangeProductPrice {
  productId: string;
  priceCents: number;
  /** When given, the product must be at exactly this version. */
  expectedVersion?: number | null;
  at: string;
}

export interface RestockProduct {
  productId: string;
  quantity: number;
  expectedVersion?: number | null;
  at: string;
}

export interface DiscontinueProduct {
  productId: string;
  expectedVersion?: number | null;
  at: string;
}
