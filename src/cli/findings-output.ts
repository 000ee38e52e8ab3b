// Prints a findings report in the chosen format (lint and scan).
import type { FindingsReport } from '../core/lint/finding.js';
import { REPORTERS } from '../core/render/findings/index.js';
import type { FindingsFormat } from '../core/render/findings/index.js';
import type { TextIo } from './output.js';
import { noColour, paintFor } from './paint.js';
import { toolVersion } from './version.js';

export const TOOL_INFO_URI = 'https://github.com/mcpctl/mcpctl';

export function reportFindings(report: FindingsReport, format: FindingsFormat, io: TextIo): void {
  const paint = format === 'pretty' ? paintFor(io.stdout, io.env) : noColour;
  io.stdout.write(REPORTERS[format](report, { paint, tool: { name: 'mcpctl', version: toolVersion(), informationUri: TOOL_INFO_URI } }));
}
