import type { FieldError } from './errors';
import type { CancelOrder, PayOrder, PlaceOrder, ShipOrder } from './order-commands';
import {
  charCount,
  check,
  checkId,
  checkStorable,
  failedChecks,
  isIntegerBetween,
  MAX_ORDER_TOTAL_CENTS,
} from './validation';

const MAX_LINES = 100;
const MAX_LINE_QUANTITY = 10_000;
const MAX_REASON_LENGTH = 500;

/** Checks of the commands' input alone: every failed field, in input order. */

export function validatePlaceOrder(cmd: PlaceOrder): FieldError[] {
  const errors = failedChecks(
    checkOrderId(cmd.orderId),
    checkId('customerId', cmd.customerId, 'The customer id'),
    check(
      'lines',
      cmd.lines.length >= 1 && cmd.lines.length <= MAX_LINES,
      `An order must have 1 to ${MAX_LINES} lines.`,
    ),
  );
  const seen = new Set<string>();
  cmd.lines.forEach((line, index) => {
    const field = `lines.${index}.productId`;
    const duplicate = seen.has(line.productId);
    seen.add(line.productId);
    errors.push(
      ...failedChecks(
        checkId(field, line.productId, 'The product id') ??
          check(
            field,
            !duplicate,
            `Product ${line.productId} appears more than once in the order; put it on a single line.`,
          ),
        check(
          `lines.${index}.quantity`,
          isIntegerBetween(line.quantity, 1, MAX_LINE_QUANTITY),
          `The quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}.`,
        ),
      ),
    );
  });
  return errors;
}

export function validatePayOrder(cmd: PayOrder): FieldError[] {
  return failedChecks(
    checkOrderId(cmd.orderId),
    check(
      'amountCents',
      isIntegerBetween(cmd.amountCents, 1, MAX_ORDER_TOTAL_CENTS),
      `The amount must be a whole number of cents from 1 to ${MAX_ORDER_TOTAL_CENTS}.`,
    ),
  );
}

export function validateShipOrder(cmd: ShipOrder): FieldError[] {
  return failedChecks(checkOrderId(cmd.orderId));
}

export function validateCancelOrder(cmd: CancelOrder): FieldError[] {
  return failedChecks(
    checkOrderId(cmd.orderId),
    check(
      'reason',
      charCount(cmd.reason ?? '') <= MAX_REASON_LENGTH,
      `The reason must be at most ${MAX_REASON_LENGTH} characters long.`,
    ) ?? checkStorable('reason', cmd.reason ?? '', 'The reason'),
  );
}

function checkOrderId(orderId: string): FieldError | undefined {
  return checkId('orderId', orderId, 'The order id');
}
