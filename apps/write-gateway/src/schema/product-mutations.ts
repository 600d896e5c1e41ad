import {
  changeProductPriceCommand,
  discontinueProductCommand,
  registerProductCommand,
  restockProductCommand,
} from '../commands/product-commands';
import { commandMutation, resultUnion } from './command-mutation';
import {
  ConcurrencyErrorRef,
  DuplicateSkuErrorRef,
  NotFoundErrorRef,
  ProductDiscontinuedErrorRef,
  ValidationErrorRef,
} from './errors';
import {
  ChangeProductPriceInputRef,
  DiscontinueProductInputRef,
  RegisterProductInputRef,
  RestockProductInputRef,
} from './product-inputs';

commandMutation('registerProduct', {
  input: RegisterProductInputRef,
  allowed: ['operator'],
  result: resultUnion('RegisterProductResult', [ValidationErrorRef, DuplicateSkuErrorRef]),
  command: (readers, input, at) => registerProductCommand(readers, input, at),
});

commandMutation('changeProductPrice', {
  input: ChangeProductPriceInputRef,
  allowed: ['operator'],
  result: resultUnion('ChangeProductPriceResult', [
    ValidationErrorRef,
    NotFoundErrorRef,
    ConcurrencyErrorRef,
    ProductDiscontinuedErrorRef,
  ]),
  command: (readers, input, at) =>
    changeProductPriceCommand(readers, { ...input, productId: String(input.productId) }, at),
});

commandMutation('restockProduct', {
  input: RestockProductInputRef,
  allowed: ['operator'],
  result: resultUnion('RestockProductResult', [
    ValidationErrorRef,
    NotFoundErrorRef,
    ConcurrencyErrorRef,
    ProductDiscontinuedErrorRef,
  ]),
  command: (readers, input, at) =>
    restockProductCommand(readers, { ...input, productId: String(input.productId) }, at),
});

commandMutation('discontinueProduct', {
  input: DiscontinueProductInputRef,
  allowed: ['operator'],
  result: resultUnion('DiscontinueProductResult', [
    ValidationErrorRef,
    NotFoundErrorRef,
    ConcurrencyErrorRef,
  ]),
  command: (readers, input, at) =>
    discontinueProductCommand(readers, { ...input, productId: String(input.productId) }, at),
});
