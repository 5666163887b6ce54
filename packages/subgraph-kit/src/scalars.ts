import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// A bad date in the variables is the caller's mistake. Apollo Server answers variable errors with HTTP 400, which the
// gateway can only report as an internal error; status 200 lets BAD_USER_INPUT and its message reach the caller.
const BAD_DATE = { code: 'BAD_USER_INPUT', http: { status: 200 } };

function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError('Dates are written YYYY-MM-DD', { extensions: BAD_DATE });
  }
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`${value} is not a real date`, { extensions: BAD_DATE });
  }
  return value;
}

/** A calendar date with no time or zone, as statutory timescales are counted in days. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseIsoDate(value)),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Dates are written YYYY-MM-DD', { extensions: BAD_DATE });
    return parseIsoDate(ast.value);
  },
});
