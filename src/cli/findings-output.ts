// Prints a findings report in the chosen format (lint and scan).
import type { FindingsReport } from '../core/lint/finding.js';
import { REPORTERS } from '../core/render/findings/index.js';
import type { FindingsFormat } from '../core/render/findings/index.js';
import { jsonTerminalSafe } from '../core/render/terminal-safe.js';
import type { TextIo } from './output.js';
import { writeExact } from './terminal-out.js';
import { noColour, paintFor } from './paint.js';
import { toolVersion } from '../io/version.js';

const TOOL_INFO_URI = 'https://github.com/mcpctl/mcpctl';

export function reportFindings(report: FindingsReport, format: FindingsFormat, io: TextIo): void {
  const paint = format === 'pretty' ? paintFor(io.stdout, io.env) : noColour;
  const text = REPORTERS[format](report, {
    paint,
    tool: { name: 'mcpctl', version: toolVersion(), informationUri: TOOL_INFO_URI },
  });
  // JSON and SARIF are documents: exact bytes (JSON escapes controls itself); pretty and github are for people
  if (format === 'json' || format === 'sarif') writeExact(io.stdout, jsonTerminalSafe(text));
  else io.stdout.write(text);
}
