import { DateTimeScalar, PositionScalar, SafeIntScalar } from '@sluice/gateway';
import { builder } from './builder';

builder.addScalarType('Position', PositionScalar);
builder.addScalarType('SafeInt', SafeIntScalar);
builder.addScalarType('DateTime', DateTimeScalar);
