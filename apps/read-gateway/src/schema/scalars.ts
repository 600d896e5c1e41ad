import { CentsScalar, DateTimeScalar, JSONScalar, PositionScalar, SafeIntScalar } from '@sluice/gateway';
import { builder } from './builder';

builder.addScalarType('Position', PositionScalar);
builder.addScalarType('SafeInt', SafeIntScalar);
builder.addScalarType('Cents', CentsScalar);
builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('JSON', JSONScalar);
