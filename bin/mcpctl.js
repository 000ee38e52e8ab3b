#!/usr/bin/env node
// The entry before it became mcpctl.cjs. config.toml files applied with an earlier mcpctl name this file in
// their launcher (`mcpctl exec`) and headers helper lines; it forwards to mcpctl.cjs so those servers keep
// starting. The next `mcpctl apply` rewrites the lines (plan shows them as updates).
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./mcpctl.cjs');
