// Plain decimal notation: a sign, digits, a decimal point, an exponent as spreadsheets write 1E+15.
// Number() alone also reads 0x10, 0b101, 0o17 and Infinity: neither a link nor a table of statistics
// writes those, so such a value is a mistake to report, not one to keep. Links and the CSV import
// read numbers with it.
export const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
