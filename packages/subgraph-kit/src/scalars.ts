import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// A bad date in the variables is the caller's mistake. Apollo Server answers variable errors with HTTP 400, which the
// gateway can only report as an internal error; status 200 lets BAD_USER_INPUT and its message reach the caller.
const BAD_DATE = { code: 'BAD_USER_INPUT', http: { status: 200 } };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Is YYYY-MM-DD a day of the (proleptic Gregorian) calendar? Integer arithmetic rather than a `Date` round trip:
 * every date the graph sends out passes through here, dozens per child on a caseload.
 */
function isRealDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError('Dates are written YYYY-MM-DD', { extensions: BAD_DATE });
  }
  if (!isRealDate(value)) throw new GraphQLError(`${value} is not a real date`, { extensions: BAD_DATE });
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
