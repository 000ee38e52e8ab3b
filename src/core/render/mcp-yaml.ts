// Writes an mcp.yaml document (import): the schema modeline, short lists in flow style, no line folding.
import { Document, isSeq, visit } from 'yaml';
import type { McpFile } from '../generated/mcp-types.js';
import { SCHEMA_PUBLIC_URL } from '../starter.js';

export function mcpYamlText(file: McpFile, header: string[]): string {
  const doc = new Document(file);
  visit(doc, {
    Seq(_, node) {
      if (isSeq(node) && node.items.length <= 8) node.flow = true;
    },
  });
  doc.commentBefore = [` yaml-language-server: $schema=${SCHEMA_PUBLIC_URL}`, ...header.map((h) => ` ${h}`)].join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
