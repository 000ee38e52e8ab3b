// jsonc-parser's error codes in words, and where a strict-JSON file breaks the rules (comments, trailing commas).
import { printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';

const REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected text (keys and strings need double quotes; NaN, undefined and bare words are not JSON)',
  InvalidNumberFormat: 'a number is malformed',
  PropertyNameExpected: 'a key in double quotes is expected here',
  ValueExpected: 'a value is expected here',
  ColonExpected: 'a ":" is expected after the key',
  CommaExpected: 'a "," is expected between two entries (or a bracket before it is not closed)',
  CloseBraceExpected: 'a "}" is expected: an object is not closed',
  CloseBracketExpected: 'a "]" is expected: an array is not closed',
  EndOfFileExpected: 'more text follows the end of the JSON value',
  InvalidCommentToken: 'a comment is not allowed here',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed on its line',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a \\u escape is malformed',
  InvalidEscapeCharacter: 'a backslash escape is not valid JSON',
  InvalidCharacter: 'a control character (such as a tab or line break) stands inside a string',
};

export function reasonOf(error: ParseError): string {
  const name = printParseErrorCode(error.error);
  return REASONS[name] ?? `jsonc-parser reports ${name}`;
}

export function isCommentError(error: ParseError): boolean {
  return printParseErrorCode(error.error) === 'InvalidCommentToken';
}

/** The trailing comma a strict parse stumbled on just before `offset` (a "}" or "]"), else `offset`. */
export function trailingCommaBefore(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /[ \t\r\n]/.test(text[i] ?? '')) i--;
  return text[i] === ',' ? i : offset;
}
