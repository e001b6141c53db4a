/**
 * The ISO 8601 periods the `period` filter takes, as one pattern: a year, a month, or a day whose number
 * fits its month (29 February is taken in every year), alone or as `start/end` or `start/..`.
 * Whatever matches is accepted, so the documented pattern is the whole rule.
 */
const YEAR = String.raw`\d{4}`;
const DAY_OF_MONTH = String.raw`(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2\d))`;
const MONTH = String.raw`(?:0[1-9]|1[0-2])`;
const POINT = `${YEAR}(?:-${MONTH}|-${DAY_OF_MONTH})?`;

export const PERIOD_PATTERN = `^${POINT}(?:/(?:${POINT}|\\.\\.))?$`;
