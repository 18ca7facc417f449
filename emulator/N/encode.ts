// N/encode: re-encoding strings (NS section_4358566226; Oracle stub encode.js for the enum values).
import type * as nsEncode from 'N/encode';
import { requireOptions, requireString } from '../src/modules/args';
import { ENCODINGS, decodeText, encodeBytes, encodingOption } from '../src/modules/encoding';
import { asDeclaredEnum, strictEnum } from '../src/modules/strict-enum';

export const Encoding = asDeclaredEnum<typeof nsEncode.Encoding>(strictEnum('encode.Encoding', ENCODINGS));

/** encode.convert({string, inputEncoding, outputEncoding}): all three required; 0 units. */
export const convert: typeof nsEncode.convert = (options) => {
  const api = 'encode.convert';
  const checked = requireOptions(options, api);
  // An empty string is a valid input (it converts to an empty string), so only absence is an error here.
  const text = checked.string === '' ? '' : requireString(checked.string, api, 'string');
  if (checked.inputEncoding === undefined) requireString(undefined, api, 'inputEncoding');
  if (checked.outputEncoding === undefined) requireString(undefined, api, 'outputEncoding');
  const input = encodingOption(checked.inputEncoding, 'UTF_8', api, 'inputEncoding');
  const output = encodingOption(checked.outputEncoding, 'UTF_8', api, 'outputEncoding');
  return encodeBytes(decodeText(text, input, api), output);
};
