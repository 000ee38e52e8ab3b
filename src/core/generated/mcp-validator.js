// Generated from schema/mcp.schema.json by scripts/gen-validator.mjs. Do not edit by hand.
// @ts-nocheck
import { uriFormat } from '../uri-format.js';
import { createRequire } from 'node:module';
const __require = createRequire(import.meta.url);

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcpctl.dev/schema/mcp.schema.json","title":"McpFile","description":"mcpctl's declarative MCP server configuration (mcp.yaml), version 1.","type":"object","additionalProperties":false,"required":["version"],"properties":{"$schema":{"type":"string","description":"Editor hint; ignored by mcpctl."},"version":{"const":1,"description":"Format version of this file. Only 1 exists."},"targets":{"$ref":"#/$defs/Targets"},"servers":{"type":"object","description":"MCP servers to manage, by name.","propertyNames":{"pattern":"^[A-Za-z0-9_-]+$","maxLength":64},"additionalProperties":{"$ref":"#/$defs/Server"}},"sets":{"type":"object","description":"Named subsets of servers: `mcpctl apply --set NAME` (or default_set) keeps only these on; every other server is turned off in each client, with the client's own switch where it has one (Codex enabled = false) and by leaving it out of the client's file where it has none. The name \"all\" is kept for every server.","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true}},"default_set":{"type":"string","minLength":1,"description":"The set plan and apply use when no --set is given (a teammate gets it from git). Absent: every server."},"policy":{"type":"string","minLength":1,"description":"Organisation policy file (relative to this file) whose rules and limits apply on top; it can only tighten."},"lint":{"$ref":"#/$defs/LintSettings"},"catalogs":{"type":"array","description":"Template catalogs, in lookup order. Default: [builtin].","items":{"$ref":"#/$defs/CatalogSource"}}},"$defs":{"Server":{"title":"Server","type":"object","additionalProperties":false,"properties":{"description":{"type":"string","description":"Free text for humans; not written to the target."},"template":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$","description":"A catalog template id, optionally pinned: github or github@2025.4.8."},"with":{"type":"object","description":"Template inputs. An input the template marks as repeatable (isRepeated) takes a list: its argument is given once per value.","additionalProperties":{"anyOf":[{"type":["string","number","boolean"]},{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}]}},"command":{"type":"string","minLength":1,"description":"Program to launch (stdio transport)."},"args":{"type":"array","items":{"type":"string"},"description":"Arguments passed to command."},"env":{"type":"object","description":"Environment of the server process. Values may hold references such as ${env:NAME}.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}},"cwd":{"type":"string","minLength":1,"description":"Working directory of the server process."},"url":{"type":"string","format":"uri","pattern":"^https?://","description":"Streamable HTTP endpoint."},"headers":{"type":"object","description":"HTTP headers. Values may hold ${env:NAME}; `Authorization: Bearer ${env:T}` becomes bearer_token_env_var.","propertyNames":{"pattern":"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},"additionalProperties":{"type":"string"}},"enabled":{"type":"boolean","description":"false keeps the entry but does not start the server."},"enabled_tools":{"$ref":"#/$defs/ToolNames"},"disabled_tools":{"$ref":"#/$defs/ToolNames"},"startup_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":3600},"tool_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":86400},"targets":{"type":"array","description":"Only these clients get this server (each must be under the top-level targets). Default: every target.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/TargetName"}},"exclude_targets":{"type":"array","description":"Every target but these gets this server. Not together with targets.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/TargetName"}},"codex":{"$ref":"#/$defs/CodexOptions"},"claude-code":{"$ref":"#/$defs/ClaudeCodeOptions"},"copilot":{"$ref":"#/$defs/CopilotOptions"},"cursor":{"$ref":"#/$defs/CursorOptions"},"vscode":{"$ref":"#/$defs/VscodeOptions"},"gemini":{"$ref":"#/$defs/GeminiOptions"},"opencode":{"$ref":"#/$defs/OpencodeOptions"}}},"ToolNames":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Tool names. enabled_tools exposes only these; disabled_tools hides these (applied after enabled_tools)."},"ApprovalMode":{"type":"string","enum":["auto","prompt","writes","approve"]},"CodexOptions":{"title":"CodexOptions","description":"Codex-only keys, passed through to config.toml after validation.","type":"object","additionalProperties":false,"properties":{"required":{"type":"boolean","description":"Codex refuses to start when this server fails."},"supports_parallel_tool_calls":{"type":"boolean"},"default_tools_approval_mode":{"$ref":"#/$defs/ApprovalMode"},"tools":{"type":"object","description":"Per-tool settings, by tool name.","additionalProperties":{"type":"object","additionalProperties":false,"required":["approval_mode"],"properties":{"approval_mode":{"$ref":"#/$defs/ApprovalMode"}}}},"scopes":{"type":"array","items":{"type":"string"}},"oauth":{"type":"object","additionalProperties":false,"properties":{"client_id":{"type":"string","minLength":1},"callback_port":{"type":"integer","minimum":1,"maximum":65535}}},"auth":{"type":"string","enum":["oauth","chatgpt","ema_auth"]},"oauth_resource":{"type":"string","minLength":1},"environment_id":{"type":"string","minLength":1},"omit_tools_from":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["code_mode","deferred","direct"]}},"env_vars_source":{"type":"object","description":"Where Codex takes a forwarded variable from, by name: each NAME here must be forwarded by an env entry NAME: \"${env:NAME}\"; it is written to env_vars as { name = NAME, source = ... } (\"local\": Codex's own environment, \"remote\": the remote environment). Kept by import, so Codex reads the same entry after apply.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","enum":["local","remote"]}}}},"RuleSeverity":{"type":"string","enum":["error","warn","off"]},"LintSettings":{"title":"LintSettings","type":"object","additionalProperties":false,"description":"Lint settings for this file.","properties":{"rules":{"type":"object","description":"Severity per rule id (e.g. policy/unpinned-package: warn). A `prefix/*` key sets every rule under it.","propertyNames":{"pattern":"^(secret|policy)/([a-z0-9-]+|\\*)$"},"additionalProperties":{"$ref":"#/$defs/RuleSeverity"}}}},"CatalogSource":{"title":"CatalogSource","oneOf":[{"const":"builtin","description":"The catalog shipped with mcpctl (always verified)."},{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^https?://","description":"URL of the catalog's index.json (https; http only for loopback with allow_http)."},"trust":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Ed25519 public key files (relative to this file)."},"threshold":{"type":"integer","minimum":1,"description":"How many valid signatures from trusted keys are required (default 1)."},"allow_unsigned":{"type":"boolean","description":"Use this catalog without a valid signature. Warns on every run."},"allow_http":{"type":"boolean","description":"Allow plain http (loopback addresses only)."}}},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"A catalog folder (relative to this file)."},"trust":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"threshold":{"type":"integer","minimum":1},"allow_unsigned":{"type":"boolean"}}}]},"TargetName":{"type":"string","enum":["codex","claude-code","copilot","cursor","vscode","gemini","opencode","zed","windsurf","antigravity","claude-desktop"],"description":"An MCP client mcpctl writes: codex (config.toml), claude-code, copilot, cursor, vscode, gemini (Gemini CLI), opencode, zed, windsurf, antigravity, claude-desktop."},"Targets":{"title":"Targets","type":"object","description":"The clients this file configures, each with its file's scope. Default: codex only ({codex: {}}), as before targets existed.","additionalProperties":false,"minProperties":1,"properties":{"codex":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["user","project"],"default":"user","description":"user: ~/.codex/config.toml (CODEX_HOME moves it); project: .codex/config.toml beside mcp.yaml. --config, --profile and --project override it for one command."}}},"claude-code":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user","local"],"default":"project","description":"project: .mcp.json beside mcp.yaml; user: mcpServers of ~/.claude.json (CLAUDE_CONFIG_DIR moves it); local: this project's entry in ~/.claude.json."}}},"copilot":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .mcp.json beside mcp.yaml (the file Claude Code reads too); user: ~/.copilot/mcp-config.json (COPILOT_HOME moves it)."}}},"cursor":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .cursor/mcp.json beside mcp.yaml; user: ~/.cursor/mcp.json."}}},"vscode":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .vscode/mcp.json beside mcp.yaml; user: the user profile's mcp.json."}}},"gemini":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .gemini/settings.json beside mcp.yaml (Gemini CLI reads it when started in that folder, if the folder is trusted); user: ~/.gemini/settings.json (GEMINI_CLI_HOME moves it)."}}},"opencode":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: opencode.jsonc beside mcp.yaml if it exists, else opencode.json; user: ~/.config/opencode/opencode.jsonc (or the opencode.json or config.json there that exists; XDG_CONFIG_HOME moves it)."}}},"zed":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .zed/settings.json beside mcp.yaml; user: Zed's settings.json (~/.config/zed on Linux and macOS, XDG_CONFIG_HOME moves it; %APPDATA%\\\\Zed on Windows)."}}},"windsurf":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["user"],"default":"user","description":"user: ~/.codeium/windsurf/mcp_config.json (Windsurf has no project file)."}}},"antigravity":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .agents/mcp_config.json beside mcp.yaml; user: ~/.gemini/config/mcp_config.json (~/.gemini/antigravity/mcp_config.json for an install from before 2.0)."}}},"claude-desktop":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["user"],"default":"user","description":"user: claude_desktop_config.json (macOS ~/Library/Application Support/Claude; Windows the Microsoft Store package's folder when it is installed, else %APPDATA%\\\\Claude; Linux ~/.config/Claude)."}}}}},"ClaudeCodeOptions":{"title":"ClaudeCodeOptions","description":"Claude Code-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"timeout":{"type":"integer","minimum":1,"maximum":86400000,"description":"Milliseconds: the client's own per-server timeout key."}}},"CopilotOptions":{"title":"CopilotOptions","description":"Copilot-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"timeout":{"type":"integer","minimum":1,"maximum":86400000,"description":"Milliseconds: the client's own per-server timeout key."}}},"CursorOptions":{"title":"CursorOptions","description":"Cursor-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"envFile":{"type":"string","minLength":1,"description":"A file of NAME=value lines the client loads into a local server's environment (relative to the client's file's folder). Keep secrets out of it: mcpctl does not read it."}}},"GeminiOptions":{"title":"GeminiOptions","description":"Gemini CLI-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"timeout":{"type":"integer","minimum":1,"maximum":86400000,"description":"Milliseconds: the client's own per-server timeout key (Gemini CLI's default is 600000)."},"trust":{"type":"boolean","description":"true: Gemini CLI calls this server's tools without asking first. Leave it out unless every tool is safe to run unasked."}}},"OpencodeOptions":{"title":"OpencodeOptions","description":"OpenCode-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"timeout":{"type":"integer","minimum":1,"maximum":86400000,"description":"Milliseconds: the client's own per-server timeout key."}}},"VscodeOptions":{"title":"VscodeOptions","description":"VS Code-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"envFile":{"type":"string","minLength":1,"description":"A file of NAME=value lines the client loads into a local server's environment (relative to the client's file's folder). Keep secrets out of it: mcpctl does not read it."}}}}};
const schema32 = {"title":"Targets","type":"object","description":"The clients this file configures, each with its file's scope. Default: codex only ({codex: {}}), as before targets existed.","additionalProperties":false,"minProperties":1,"properties":{"codex":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["user","project"],"default":"user","description":"user: ~/.codex/config.toml (CODEX_HOME moves it); project: .codex/config.toml beside mcp.yaml. --config, --profile and --project override it for one command."}}},"claude-code":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user","local"],"default":"project","description":"project: .mcp.json beside mcp.yaml; user: mcpServers of ~/.claude.json (CLAUDE_CONFIG_DIR moves it); local: this project's entry in ~/.claude.json."}}},"copilot":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .mcp.json beside mcp.yaml (the file Claude Code reads too); user: ~/.copilot/mcp-config.json (COPILOT_HOME moves it)."}}},"cursor":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .cursor/mcp.json beside mcp.yaml; user: ~/.cursor/mcp.json."}}},"vscode":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .vscode/mcp.json beside mcp.yaml; user: the user profile's mcp.json."}}},"gemini":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .gemini/settings.json beside mcp.yaml (Gemini CLI reads it when started in that folder, if the folder is trusted); user: ~/.gemini/settings.json (GEMINI_CLI_HOME moves it)."}}},"opencode":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: opencode.jsonc beside mcp.yaml if it exists, else opencode.json; user: ~/.config/opencode/opencode.jsonc (or the opencode.json or config.json there that exists; XDG_CONFIG_HOME moves it)."}}},"zed":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .zed/settings.json beside mcp.yaml; user: Zed's settings.json (~/.config/zed on Linux and macOS, XDG_CONFIG_HOME moves it; %APPDATA%\\\\Zed on Windows)."}}},"windsurf":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["user"],"default":"user","description":"user: ~/.codeium/windsurf/mcp_config.json (Windsurf has no project file)."}}},"antigravity":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["project","user"],"default":"project","description":"project: .agents/mcp_config.json beside mcp.yaml; user: ~/.gemini/config/mcp_config.json (~/.gemini/antigravity/mcp_config.json for an install from before 2.0)."}}},"claude-desktop":{"type":"object","additionalProperties":false,"properties":{"scope":{"type":"string","enum":["user"],"default":"user","description":"user: claude_desktop_config.json (macOS ~/Library/Application Support/Claude; Windows the Microsoft Store package's folder when it is installed, else %APPDATA%\\\\Claude; Linux ~/.config/Claude)."}}}}};
const schema49 = {"title":"CatalogSource","oneOf":[{"const":"builtin","description":"The catalog shipped with mcpctl (always verified)."},{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^https?://","description":"URL of the catalog's index.json (https; http only for loopback with allow_http)."},"trust":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Ed25519 public key files (relative to this file)."},"threshold":{"type":"integer","minimum":1,"description":"How many valid signatures from trusted keys are required (default 1)."},"allow_unsigned":{"type":"boolean","description":"Use this catalog without a valid signature. Warns on every run."},"allow_http":{"type":"boolean","description":"Allow plain http (loopback addresses only)."}}},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"A catalog folder (relative to this file)."},"trust":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"threshold":{"type":"integer","minimum":1},"allow_unsigned":{"type":"boolean"}}}]};
const func1 = Object.prototype.hasOwnProperty;
const func3 = __require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[A-Za-z0-9_-]+$", "u");
const pattern10 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const pattern7 = new RegExp("^https?://", "u");
const schema33 = {"title":"Server","type":"object","additionalProperties":false,"properties":{"description":{"type":"string","description":"Free text for humans; not written to the target."},"template":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$","description":"A catalog template id, optionally pinned: github or github@2025.4.8."},"with":{"type":"object","description":"Template inputs. An input the template marks as repeatable (isRepeated) takes a list: its argument is given once per value.","additionalProperties":{"anyOf":[{"type":["string","number","boolean"]},{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}]}},"command":{"type":"string","minLength":1,"description":"Program to launch (stdio transport)."},"args":{"type":"array","items":{"type":"string"},"description":"Arguments passed to command."},"env":{"type":"object","description":"Environment of the server process. Values may hold references such as ${env:NAME}.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}},"cwd":{"type":"string","minLength":1,"description":"Working directory of the server process."},"url":{"type":"string","format":"uri","pattern":"^https?://","description":"Streamable HTTP endpoint."},"headers":{"type":"object","description":"HTTP headers. Values may hold ${env:NAME}; `Authorization: Bearer ${env:T}` becomes bearer_token_env_var.","propertyNames":{"pattern":"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},"additionalProperties":{"type":"string"}},"enabled":{"type":"boolean","description":"false keeps the entry but does not start the server."},"enabled_tools":{"$ref":"#/$defs/ToolNames"},"disabled_tools":{"$ref":"#/$defs/ToolNames"},"startup_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":3600},"tool_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":86400},"targets":{"type":"array","description":"Only these clients get this server (each must be under the top-level targets). Default: every target.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/TargetName"}},"exclude_targets":{"type":"array","description":"Every target but these gets this server. Not together with targets.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/TargetName"}},"codex":{"$ref":"#/$defs/CodexOptions"},"claude-code":{"$ref":"#/$defs/ClaudeCodeOptions"},"copilot":{"$ref":"#/$defs/CopilotOptions"},"cursor":{"$ref":"#/$defs/CursorOptions"},"vscode":{"$ref":"#/$defs/VscodeOptions"},"gemini":{"$ref":"#/$defs/GeminiOptions"},"opencode":{"$ref":"#/$defs/OpencodeOptions"}}};
const schema34 = {"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Tool names. enabled_tools exposes only these; disabled_tools hides these (applied after enabled_tools)."};
const schema36 = {"type":"string","enum":["codex","claude-code","copilot","cursor","vscode","gemini","opencode","zed","windsurf","antigravity","claude-desktop"],"description":"An MCP client mcpctl writes: codex (config.toml), claude-code, copilot, cursor, vscode, gemini (Gemini CLI), opencode, zed, windsurf, antigravity, claude-desktop."};
const schema41 = {"title":"ClaudeCodeOptions","description":"Claude Code-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"timeout":{"type":"integer","minimum":1,"maximum":86400000,"description":"Milliseconds: the client's own per-server timeout key."}}};
const schema42 = {"title":"CopilotOptions","description":"Copilot-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"timeout":{"type":"integer","minimum":1,"maximum":86400000,"description":"Milliseconds: the client's own per-server timeout key."}}};
const schema43 = {"title":"CursorOptions","description":"Cursor-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"envFile":{"type":"string","minLength":1,"description":"A file of NAME=value lines the client loads into a local server's environment (relative to the client's file's folder). Keep secrets out of it: mcpctl does not read it."}}};
const schema44 = {"title":"VscodeOptions","description":"VS Code-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"envFile":{"type":"string","minLength":1,"description":"A file of NAME=value lines the client loads into a local server's environment (relative to the client's file's folder). Keep secrets out of it: mcpctl does not read it."}}};
const schema45 = {"title":"GeminiOptions","description":"Gemini CLI-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"timeout":{"type":"integer","minimum":1,"maximum":86400000,"description":"Milliseconds: the client's own per-server timeout key (Gemini CLI's default is 600000)."},"trust":{"type":"boolean","description":"true: Gemini CLI calls this server's tools without asking first. Leave it out unless every tool is safe to run unasked."}}};
const schema46 = {"title":"OpencodeOptions","description":"OpenCode-only keys, passed through to its entry after validation.","type":"object","additionalProperties":false,"properties":{"timeout":{"type":"integer","minimum":1,"maximum":86400000,"description":"Milliseconds: the client's own per-server timeout key."}}};
const func0 = __require("ajv/dist/runtime/equal").default;
const pattern5 = new RegExp("^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$", "u");
const pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern8 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");
const formats0 = uriFormat;
const schema38 = {"title":"CodexOptions","description":"Codex-only keys, passed through to config.toml after validation.","type":"object","additionalProperties":false,"properties":{"required":{"type":"boolean","description":"Codex refuses to start when this server fails."},"supports_parallel_tool_calls":{"type":"boolean"},"default_tools_approval_mode":{"$ref":"#/$defs/ApprovalMode"},"tools":{"type":"object","description":"Per-tool settings, by tool name.","additionalProperties":{"type":"object","additionalProperties":false,"required":["approval_mode"],"properties":{"approval_mode":{"$ref":"#/$defs/ApprovalMode"}}}},"scopes":{"type":"array","items":{"type":"string"}},"oauth":{"type":"object","additionalProperties":false,"properties":{"client_id":{"type":"string","minLength":1},"callback_port":{"type":"integer","minimum":1,"maximum":65535}}},"auth":{"type":"string","enum":["oauth","chatgpt","ema_auth"]},"oauth_resource":{"type":"string","minLength":1},"environment_id":{"type":"string","minLength":1},"omit_tools_from":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["code_mode","deferred","direct"]}},"env_vars_source":{"type":"object","description":"Where Codex takes a forwarded variable from, by name: each NAME here must be forwarded by an env entry NAME: \"${env:NAME}\"; it is written to env_vars as { name = NAME, source = ... } (\"local\": Codex's own environment, \"remote\": the remote environment). Kept by import, so Codex reads the same entry after apply.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","enum":["local","remote"]}}}};
const schema39 = {"type":"string","enum":["auto","prompt","writes","approve"]};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema38.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.required !== undefined){
let data0 = data.required;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.required.type,parentSchema:schema38.properties.required,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.supports_parallel_tool_calls !== undefined){
let data1 = data.supports_parallel_tool_calls;
if(typeof data1 !== "boolean"){
const err2 = {instancePath:instancePath+"/supports_parallel_tool_calls",schemaPath:"#/properties/supports_parallel_tool_calls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.supports_parallel_tool_calls.type,parentSchema:schema38.properties.supports_parallel_tool_calls,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.default_tools_approval_mode !== undefined){
let data2 = data.default_tools_approval_mode;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/default_tools_approval_mode",schemaPath:"#/$defs/ApprovalMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data2 === "auto") || (data2 === "prompt")) || (data2 === "writes")) || (data2 === "approve"))){
const err4 = {instancePath:instancePath+"/default_tools_approval_mode",schemaPath:"#/$defs/ApprovalMode/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",schema:schema39.enum,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tools !== undefined){
let data3 = data.tools;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.approval_mode === undefined){
const err5 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tools/additionalProperties/required",keyword:"required",params:{missingProperty: "approval_mode"},message:"must have required property '"+"approval_mode"+"'",schema:schema38.properties.tools.additionalProperties.required,parentSchema:schema38.properties.tools.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key2 in data4){
if(!(key2 === "approval_mode")){
const err6 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tools/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.tools.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.approval_mode !== undefined){
let data5 = data4.approval_mode;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/approval_mode",schemaPath:"#/$defs/ApprovalMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data5 === "auto") || (data5 === "prompt")) || (data5 === "writes")) || (data5 === "approve"))){
const err8 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/approval_mode",schemaPath:"#/$defs/ApprovalMode/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",schema:schema39.enum,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tools/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.tools.additionalProperties.type,parentSchema:schema38.properties.tools.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.tools.type,parentSchema:schema38.properties.tools,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.scopes !== undefined){
let data6 = data.scopes;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.scopes.items.type,parentSchema:schema38.properties.scopes.items,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.scopes.type,parentSchema:schema38.properties.scopes,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.oauth !== undefined){
let data8 = data.oauth;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
if(!((key3 === "client_id") || (key3 === "callback_port"))){
const err13 = {instancePath:instancePath+"/oauth",schemaPath:"#/properties/oauth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.oauth,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.client_id !== undefined){
let data9 = data8.client_id;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err14 = {instancePath:instancePath+"/oauth/client_id",schemaPath:"#/properties/oauth/properties/client_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.oauth.properties.client_id,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/oauth/client_id",schemaPath:"#/properties/oauth/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.oauth.properties.client_id.type,parentSchema:schema38.properties.oauth.properties.client_id,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.callback_port !== undefined){
let data10 = data8.callback_port;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err16 = {instancePath:instancePath+"/oauth/callback_port",schemaPath:"#/properties/oauth/properties/callback_port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.oauth.properties.callback_port.type,parentSchema:schema38.properties.oauth.properties.callback_port,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 65535 || isNaN(data10)){
const err17 = {instancePath:instancePath+"/oauth/callback_port",schemaPath:"#/properties/oauth/properties/callback_port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema38.properties.oauth.properties.callback_port,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err18 = {instancePath:instancePath+"/oauth/callback_port",schemaPath:"#/properties/oauth/properties/callback_port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38.properties.oauth.properties.callback_port,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/oauth",schemaPath:"#/properties/oauth/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.oauth.type,parentSchema:schema38.properties.oauth,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.auth !== undefined){
let data11 = data.auth;
if(typeof data11 !== "string"){
const err20 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.auth.type,parentSchema:schema38.properties.auth,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((data11 === "oauth") || (data11 === "chatgpt")) || (data11 === "ema_auth"))){
const err21 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/enum",keyword:"enum",params:{allowedValues: schema38.properties.auth.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.auth.enum,parentSchema:schema38.properties.auth,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.oauth_resource !== undefined){
let data12 = data.oauth_resource;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err22 = {instancePath:instancePath+"/oauth_resource",schemaPath:"#/properties/oauth_resource/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.oauth_resource,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/oauth_resource",schemaPath:"#/properties/oauth_resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.oauth_resource.type,parentSchema:schema38.properties.oauth_resource,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.environment_id !== undefined){
let data13 = data.environment_id;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err24 = {instancePath:instancePath+"/environment_id",schemaPath:"#/properties/environment_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.environment_id,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/environment_id",schemaPath:"#/properties/environment_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.environment_id.type,parentSchema:schema38.properties.environment_id,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.omit_tools_from !== undefined){
let data14 = data.omit_tools_from;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(typeof data15 !== "string"){
const err26 = {instancePath:instancePath+"/omit_tools_from/" + i1,schemaPath:"#/properties/omit_tools_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.omit_tools_from.items.type,parentSchema:schema38.properties.omit_tools_from.items,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(((data15 === "code_mode") || (data15 === "deferred")) || (data15 === "direct"))){
const err27 = {instancePath:instancePath+"/omit_tools_from/" + i1,schemaPath:"#/properties/omit_tools_from/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.omit_tools_from.items.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.omit_tools_from.items.enum,parentSchema:schema38.properties.omit_tools_from.items,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
let i2 = data14.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data14[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err28 = {instancePath:instancePath+"/omit_tools_from",schemaPath:"#/properties/omit_tools_from/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema38.properties.omit_tools_from,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err29 = {instancePath:instancePath+"/omit_tools_from",schemaPath:"#/properties/omit_tools_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.omit_tools_from.type,parentSchema:schema38.properties.omit_tools_from,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.env_vars_source !== undefined){
let data16 = data.env_vars_source;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
const _errs41 = errors;
if(typeof key4 === "string"){
if(!pattern6.test(key4)){
const err30 = {instancePath:instancePath+"/env_vars_source",schemaPath:"#/properties/env_vars_source/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema38.properties.env_vars_source.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var valid11 = _errs41 === errors;
if(!valid11){
const err31 = {instancePath:instancePath+"/env_vars_source",schemaPath:"#/properties/env_vars_source/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema38.properties.env_vars_source.propertyNames,parentSchema:schema38.properties.env_vars_source,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
for(const key5 in data16){
let data17 = data16[key5];
if(typeof data17 !== "string"){
const err32 = {instancePath:instancePath+"/env_vars_source/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env_vars_source/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.env_vars_source.additionalProperties.type,parentSchema:schema38.properties.env_vars_source.additionalProperties,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((data17 === "local") || (data17 === "remote"))){
const err33 = {instancePath:instancePath+"/env_vars_source/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env_vars_source/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema38.properties.env_vars_source.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.env_vars_source.additionalProperties.enum,parentSchema:schema38.properties.env_vars_source.additionalProperties,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/env_vars_source",schemaPath:"#/properties/env_vars_source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.env_vars_source.type,parentSchema:schema38.properties.env_vars_source,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema33.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.description.type,parentSchema:schema33.properties.description,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.template !== undefined){
let data1 = data.template;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err2 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$"+"\"",schema:"^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$",parentSchema:schema33.properties.template,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.template.type,parentSchema:schema33.properties.template,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.with !== undefined){
let data2 = data.with;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
const _errs10 = errors;
let valid2 = false;
const _errs11 = errors;
if(((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")){
const err4 = {instancePath:instancePath+"/with/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/with/additionalProperties/anyOf/0/type",keyword:"type",params:{type: schema33.properties.with.additionalProperties.anyOf[0].type},message:"must be string,number,boolean",schema:schema33.properties.with.additionalProperties.anyOf[0].type,parentSchema:schema33.properties.with.additionalProperties.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
const _errs13 = errors;
if(Array.isArray(data3)){
if(data3.length < 1){
const err5 = {instancePath:instancePath+"/with/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/with/additionalProperties/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.with.additionalProperties.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
const err6 = {instancePath:instancePath+"/with/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/with/additionalProperties/anyOf/1/items/type",keyword:"type",params:{type: schema33.properties.with.additionalProperties.anyOf[1].items.type},message:"must be string,number,boolean",schema:schema33.properties.with.additionalProperties.anyOf[1].items.type,parentSchema:schema33.properties.with.additionalProperties.anyOf[1].items,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/with/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/with/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.with.additionalProperties.anyOf[1].type,parentSchema:schema33.properties.with.additionalProperties.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err8 = {instancePath:instancePath+"/with/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/with/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.with.additionalProperties.anyOf,parentSchema:schema33.properties.with.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/with",schemaPath:"#/properties/with/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.with.type,parentSchema:schema33.properties.with,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.command !== undefined){
let data5 = data.command;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err10 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.command,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.command.type,parentSchema:schema33.properties.command,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.args !== undefined){
let data6 = data.args;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/args/" + i1,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.args.items.type,parentSchema:schema33.properties.args.items,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.args.type,parentSchema:schema33.properties.args,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.env !== undefined){
let data8 = data.env;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
const _errs25 = errors;
if(typeof key2 === "string"){
if(!pattern6.test(key2)){
const err14 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema33.properties.env.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var valid7 = _errs25 === errors;
if(!valid7){
const err15 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema33.properties.env.propertyNames,parentSchema:schema33.properties.env,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key3 in data8){
let data9 = data8[key3];
if(typeof data9 !== "string"){
const err16 = {instancePath:instancePath+"/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.env.additionalProperties.type,parentSchema:schema33.properties.env.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.env.type,parentSchema:schema33.properties.env,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.cwd !== undefined){
let data10 = data.cwd;
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err18 = {instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.cwd,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.cwd.type,parentSchema:schema33.properties.cwd,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.url !== undefined){
let data11 = data.url;
if(typeof data11 === "string"){
if(!pattern7.test(data11)){
const err20 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema33.properties.url,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(formats0(data11))){
const err21 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema33.properties.url,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.url.type,parentSchema:schema33.properties.url,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.headers !== undefined){
let data12 = data.headers;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
const _errs35 = errors;
if(typeof key4 === "string"){
if(!pattern8.test(key4)){
const err23 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},message:"must match pattern \""+"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"+"\"",schema:"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$",parentSchema:schema33.properties.headers.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid9 = _errs35 === errors;
if(!valid9){
const err24 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema33.properties.headers.propertyNames,parentSchema:schema33.properties.headers,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key5 in data12){
let data13 = data12[key5];
if(typeof data13 !== "string"){
const err25 = {instancePath:instancePath+"/headers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.headers.additionalProperties.type,parentSchema:schema33.properties.headers.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.enabled !== undefined){
let data14 = data.enabled;
if(typeof data14 !== "boolean"){
const err27 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema33.properties.enabled.type,parentSchema:schema33.properties.enabled,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.enabled_tools !== undefined){
let data15 = data.enabled_tools;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
if(typeof data16 === "string"){
if(func3(data16) < 1){
const err28 = {instancePath:instancePath+"/enabled_tools/" + i2,schemaPath:"#/$defs/ToolNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.items,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/enabled_tools/" + i2,schemaPath:"#/$defs/ToolNames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.items.type,parentSchema:schema34.items,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
let i3 = data15.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data15[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err30 = {instancePath:instancePath+"/enabled_tools",schemaPath:"#/$defs/ToolNames/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema34,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err31 = {instancePath:instancePath+"/enabled_tools",schemaPath:"#/$defs/ToolNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.type,parentSchema:schema34,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.disabled_tools !== undefined){
let data17 = data.disabled_tools;
if(Array.isArray(data17)){
const len3 = data17.length;
for(let i4=0; i4<len3; i4++){
let data18 = data17[i4];
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err32 = {instancePath:instancePath+"/disabled_tools/" + i4,schemaPath:"#/$defs/ToolNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.items,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/disabled_tools/" + i4,schemaPath:"#/$defs/ToolNames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.items.type,parentSchema:schema34.items,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
let i5 = data17.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data17[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err34 = {instancePath:instancePath+"/disabled_tools",schemaPath:"#/$defs/ToolNames/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema34,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err35 = {instancePath:instancePath+"/disabled_tools",schemaPath:"#/$defs/ToolNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.type,parentSchema:schema34,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.startup_timeout_sec !== undefined){
let data19 = data.startup_timeout_sec;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 3600 || isNaN(data19)){
const err36 = {instancePath:instancePath+"/startup_timeout_sec",schemaPath:"#/properties/startup_timeout_sec/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema33.properties.startup_timeout_sec,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data19 <= 0 || isNaN(data19)){
const err37 = {instancePath:instancePath+"/startup_timeout_sec",schemaPath:"#/properties/startup_timeout_sec/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema33.properties.startup_timeout_sec,data:data19};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/startup_timeout_sec",schemaPath:"#/properties/startup_timeout_sec/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema33.properties.startup_timeout_sec.type,parentSchema:schema33.properties.startup_timeout_sec,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.tool_timeout_sec !== undefined){
let data20 = data.tool_timeout_sec;
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 86400 || isNaN(data20)){
const err39 = {instancePath:instancePath+"/tool_timeout_sec",schemaPath:"#/properties/tool_timeout_sec/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400",schema:86400,parentSchema:schema33.properties.tool_timeout_sec,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data20 <= 0 || isNaN(data20)){
const err40 = {instancePath:instancePath+"/tool_timeout_sec",schemaPath:"#/properties/tool_timeout_sec/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema33.properties.tool_timeout_sec,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/tool_timeout_sec",schemaPath:"#/properties/tool_timeout_sec/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema33.properties.tool_timeout_sec.type,parentSchema:schema33.properties.tool_timeout_sec,data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.targets !== undefined){
let data21 = data.targets;
if(Array.isArray(data21)){
if(data21.length < 1){
const err42 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.targets,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len4 = data21.length;
for(let i6=0; i6<len4; i6++){
let data22 = data21[i6];
if(typeof data22 !== "string"){
const err43 = {instancePath:instancePath+"/targets/" + i6,schemaPath:"#/$defs/TargetName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!(((((((((((data22 === "codex") || (data22 === "claude-code")) || (data22 === "copilot")) || (data22 === "cursor")) || (data22 === "vscode")) || (data22 === "gemini")) || (data22 === "opencode")) || (data22 === "zed")) || (data22 === "windsurf")) || (data22 === "antigravity")) || (data22 === "claude-desktop"))){
const err44 = {instancePath:instancePath+"/targets/" + i6,schemaPath:"#/$defs/TargetName/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
let i7 = data21.length;
let j2;
if(i7 > 1){
outer0:
for(;i7--;){
for(j2 = i7; j2--;){
if(func0(data21[i7], data21[j2])){
const err45 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)",schema:true,parentSchema:schema33.properties.targets,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err46 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.targets.type,parentSchema:schema33.properties.targets,data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.exclude_targets !== undefined){
let data23 = data.exclude_targets;
if(Array.isArray(data23)){
if(data23.length < 1){
const err47 = {instancePath:instancePath+"/exclude_targets",schemaPath:"#/properties/exclude_targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.exclude_targets,data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len5 = data23.length;
for(let i8=0; i8<len5; i8++){
let data24 = data23[i8];
if(typeof data24 !== "string"){
const err48 = {instancePath:instancePath+"/exclude_targets/" + i8,schemaPath:"#/$defs/TargetName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!(((((((((((data24 === "codex") || (data24 === "claude-code")) || (data24 === "copilot")) || (data24 === "cursor")) || (data24 === "vscode")) || (data24 === "gemini")) || (data24 === "opencode")) || (data24 === "zed")) || (data24 === "windsurf")) || (data24 === "antigravity")) || (data24 === "claude-desktop"))){
const err49 = {instancePath:instancePath+"/exclude_targets/" + i8,schemaPath:"#/$defs/TargetName/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
let i9 = data23.length;
let j3;
if(i9 > 1){
outer1:
for(;i9--;){
for(j3 = i9; j3--;){
if(func0(data23[i9], data23[j3])){
const err50 = {instancePath:instancePath+"/exclude_targets",schemaPath:"#/properties/exclude_targets/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i9+" are identical)",schema:true,parentSchema:schema33.properties.exclude_targets,data:data23};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err51 = {instancePath:instancePath+"/exclude_targets",schemaPath:"#/properties/exclude_targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.exclude_targets.type,parentSchema:schema33.properties.exclude_targets,data:data23};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.codex !== undefined){
if(!(validate22(data.codex, {instancePath:instancePath+"/codex",parentData:data,parentDataProperty:"codex",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data["claude-code"] !== undefined){
let data26 = data["claude-code"];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key6 in data26){
if(!(key6 === "timeout")){
const err52 = {instancePath:instancePath+"/claude-code",schemaPath:"#/$defs/ClaudeCodeOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data:data26};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data26.timeout !== undefined){
let data27 = data26.timeout;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err53 = {instancePath:instancePath+"/claude-code/timeout",schemaPath:"#/$defs/ClaudeCodeOptions/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.timeout.type,parentSchema:schema41.properties.timeout,data:data27};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 86400000 || isNaN(data27)){
const err54 = {instancePath:instancePath+"/claude-code/timeout",schemaPath:"#/$defs/ClaudeCodeOptions/properties/timeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema41.properties.timeout,data:data27};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data27 < 1 || isNaN(data27)){
const err55 = {instancePath:instancePath+"/claude-code/timeout",schemaPath:"#/$defs/ClaudeCodeOptions/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.timeout,data:data27};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
}
else {
const err56 = {instancePath:instancePath+"/claude-code",schemaPath:"#/$defs/ClaudeCodeOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data:data26};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.copilot !== undefined){
let data28 = data.copilot;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key7 in data28){
if(!(key7 === "timeout")){
const err57 = {instancePath:instancePath+"/copilot",schemaPath:"#/$defs/CopilotOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data:data28};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data28.timeout !== undefined){
let data29 = data28.timeout;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err58 = {instancePath:instancePath+"/copilot/timeout",schemaPath:"#/$defs/CopilotOptions/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.timeout.type,parentSchema:schema42.properties.timeout,data:data29};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 86400000 || isNaN(data29)){
const err59 = {instancePath:instancePath+"/copilot/timeout",schemaPath:"#/$defs/CopilotOptions/properties/timeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema42.properties.timeout,data:data29};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data29 < 1 || isNaN(data29)){
const err60 = {instancePath:instancePath+"/copilot/timeout",schemaPath:"#/$defs/CopilotOptions/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema42.properties.timeout,data:data29};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
}
else {
const err61 = {instancePath:instancePath+"/copilot",schemaPath:"#/$defs/CopilotOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data28};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.cursor !== undefined){
let data30 = data.cursor;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key8 in data30){
if(!(key8 === "envFile")){
const err62 = {instancePath:instancePath+"/cursor",schemaPath:"#/$defs/CursorOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data30};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data30.envFile !== undefined){
let data31 = data30.envFile;
if(typeof data31 === "string"){
if(func3(data31) < 1){
const err63 = {instancePath:instancePath+"/cursor/envFile",schemaPath:"#/$defs/CursorOptions/properties/envFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.envFile,data:data31};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/cursor/envFile",schemaPath:"#/$defs/CursorOptions/properties/envFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.envFile.type,parentSchema:schema43.properties.envFile,data:data31};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/cursor",schemaPath:"#/$defs/CursorOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data30};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.vscode !== undefined){
let data32 = data.vscode;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key9 in data32){
if(!(key9 === "envFile")){
const err66 = {instancePath:instancePath+"/vscode",schemaPath:"#/$defs/VscodeOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data:data32};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data32.envFile !== undefined){
let data33 = data32.envFile;
if(typeof data33 === "string"){
if(func3(data33) < 1){
const err67 = {instancePath:instancePath+"/vscode/envFile",schemaPath:"#/$defs/VscodeOptions/properties/envFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.envFile,data:data33};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/vscode/envFile",schemaPath:"#/$defs/VscodeOptions/properties/envFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.envFile.type,parentSchema:schema44.properties.envFile,data:data33};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/vscode",schemaPath:"#/$defs/VscodeOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data:data32};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.gemini !== undefined){
let data34 = data.gemini;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key10 in data34){
if(!((key10 === "timeout") || (key10 === "trust"))){
const err70 = {instancePath:instancePath+"/gemini",schemaPath:"#/$defs/GeminiOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data:data34};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data34.timeout !== undefined){
let data35 = data34.timeout;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err71 = {instancePath:instancePath+"/gemini/timeout",schemaPath:"#/$defs/GeminiOptions/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.timeout.type,parentSchema:schema45.properties.timeout,data:data35};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 86400000 || isNaN(data35)){
const err72 = {instancePath:instancePath+"/gemini/timeout",schemaPath:"#/$defs/GeminiOptions/properties/timeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema45.properties.timeout,data:data35};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data35 < 1 || isNaN(data35)){
const err73 = {instancePath:instancePath+"/gemini/timeout",schemaPath:"#/$defs/GeminiOptions/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45.properties.timeout,data:data35};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
if(data34.trust !== undefined){
let data36 = data34.trust;
if(typeof data36 !== "boolean"){
const err74 = {instancePath:instancePath+"/gemini/trust",schemaPath:"#/$defs/GeminiOptions/properties/trust/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema45.properties.trust.type,parentSchema:schema45.properties.trust,data:data36};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/gemini",schemaPath:"#/$defs/GeminiOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data34};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.opencode !== undefined){
let data37 = data.opencode;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key11 in data37){
if(!(key11 === "timeout")){
const err76 = {instancePath:instancePath+"/opencode",schemaPath:"#/$defs/OpencodeOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data37};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data37.timeout !== undefined){
let data38 = data37.timeout;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err77 = {instancePath:instancePath+"/opencode/timeout",schemaPath:"#/$defs/OpencodeOptions/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.timeout.type,parentSchema:schema46.properties.timeout,data:data38};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 86400000 || isNaN(data38)){
const err78 = {instancePath:instancePath+"/opencode/timeout",schemaPath:"#/$defs/OpencodeOptions/properties/timeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400000},message:"must be <= 86400000",schema:86400000,parentSchema:schema46.properties.timeout,data:data38};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data38 < 1 || isNaN(data38)){
const err79 = {instancePath:instancePath+"/opencode/timeout",schemaPath:"#/$defs/OpencodeOptions/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema46.properties.timeout,data:data38};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
}
else {
const err80 = {instancePath:instancePath+"/opencode",schemaPath:"#/$defs/OpencodeOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data37};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"title":"LintSettings","type":"object","additionalProperties":false,"description":"Lint settings for this file.","properties":{"rules":{"type":"object","description":"Severity per rule id (e.g. policy/unpinned-package: warn). A `prefix/*` key sets every rule under it.","propertyNames":{"pattern":"^(secret|policy)/([a-z0-9-]+|\\*)$"},"additionalProperties":{"$ref":"#/$defs/RuleSeverity"}}}};
const schema48 = {"type":"string","enum":["error","warn","off"]};
const pattern11 = new RegExp("^(secret|policy)/([a-z0-9-]+|\\*)$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "rules")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.rules !== undefined){
let data0 = data.rules;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
const _errs4 = errors;
if(typeof key1 === "string"){
if(!pattern11.test(key1)){
const err1 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(secret|policy)/([a-z0-9-]+|\\*)$"},message:"must match pattern \""+"^(secret|policy)/([a-z0-9-]+|\\*)$"+"\"",schema:"^(secret|policy)/([a-z0-9-]+|\\*)$",parentSchema:schema47.properties.rules.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
const err2 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema47.properties.rules.propertyNames,parentSchema:schema47.properties.rules,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key2 in data0){
let data1 = data0[key2];
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/RuleSeverity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data1 === "error") || (data1 === "warn")) || (data1 === "off"))){
const err4 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/RuleSeverity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values",schema:schema48.enum,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.rules.type,parentSchema:schema47.properties.rules,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcpctl.dev/schema/mcp.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(1 !== data1){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.targets !== undefined){
let data2 = data.targets;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err4 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/Targets/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data2){
if(!(func1.call(schema32.properties, key1))){
const err5 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/Targets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.codex !== undefined){
let data3 = data2.codex;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
if(!(key2 === "scope")){
const err6 = {instancePath:instancePath+"/targets/codex",schemaPath:"#/$defs/Targets/properties/codex/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.codex,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.scope !== undefined){
let data4 = data3.scope;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/targets/codex/scope",schemaPath:"#/$defs/Targets/properties/codex/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.codex.properties.scope.type,parentSchema:schema32.properties.codex.properties.scope,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data4 === "user") || (data4 === "project"))){
const err8 = {instancePath:instancePath+"/targets/codex/scope",schemaPath:"#/$defs/Targets/properties/codex/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties.codex.properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.codex.properties.scope.enum,parentSchema:schema32.properties.codex.properties.scope,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/targets/codex",schemaPath:"#/$defs/Targets/properties/codex/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.codex.type,parentSchema:schema32.properties.codex,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2["claude-code"] !== undefined){
let data5 = data2["claude-code"];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
if(!(key3 === "scope")){
const err10 = {instancePath:instancePath+"/targets/claude-code",schemaPath:"#/$defs/Targets/properties/claude-code/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties["claude-code"],data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.scope !== undefined){
let data6 = data5.scope;
if(typeof data6 !== "string"){
const err11 = {instancePath:instancePath+"/targets/claude-code/scope",schemaPath:"#/$defs/Targets/properties/claude-code/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties["claude-code"].properties.scope.type,parentSchema:schema32.properties["claude-code"].properties.scope,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((data6 === "project") || (data6 === "user")) || (data6 === "local"))){
const err12 = {instancePath:instancePath+"/targets/claude-code/scope",schemaPath:"#/$defs/Targets/properties/claude-code/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties["claude-code"].properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema32.properties["claude-code"].properties.scope.enum,parentSchema:schema32.properties["claude-code"].properties.scope,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/targets/claude-code",schemaPath:"#/$defs/Targets/properties/claude-code/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties["claude-code"].type,parentSchema:schema32.properties["claude-code"],data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.copilot !== undefined){
let data7 = data2.copilot;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
if(!(key4 === "scope")){
const err14 = {instancePath:instancePath+"/targets/copilot",schemaPath:"#/$defs/Targets/properties/copilot/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.copilot,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.scope !== undefined){
let data8 = data7.scope;
if(typeof data8 !== "string"){
const err15 = {instancePath:instancePath+"/targets/copilot/scope",schemaPath:"#/$defs/Targets/properties/copilot/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.copilot.properties.scope.type,parentSchema:schema32.properties.copilot.properties.scope,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data8 === "project") || (data8 === "user"))){
const err16 = {instancePath:instancePath+"/targets/copilot/scope",schemaPath:"#/$defs/Targets/properties/copilot/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties.copilot.properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.copilot.properties.scope.enum,parentSchema:schema32.properties.copilot.properties.scope,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/targets/copilot",schemaPath:"#/$defs/Targets/properties/copilot/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.copilot.type,parentSchema:schema32.properties.copilot,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.cursor !== undefined){
let data9 = data2.cursor;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key5 in data9){
if(!(key5 === "scope")){
const err18 = {instancePath:instancePath+"/targets/cursor",schemaPath:"#/$defs/Targets/properties/cursor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.cursor,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.scope !== undefined){
let data10 = data9.scope;
if(typeof data10 !== "string"){
const err19 = {instancePath:instancePath+"/targets/cursor/scope",schemaPath:"#/$defs/Targets/properties/cursor/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.cursor.properties.scope.type,parentSchema:schema32.properties.cursor.properties.scope,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((data10 === "project") || (data10 === "user"))){
const err20 = {instancePath:instancePath+"/targets/cursor/scope",schemaPath:"#/$defs/Targets/properties/cursor/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties.cursor.properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.cursor.properties.scope.enum,parentSchema:schema32.properties.cursor.properties.scope,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/targets/cursor",schemaPath:"#/$defs/Targets/properties/cursor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.cursor.type,parentSchema:schema32.properties.cursor,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.vscode !== undefined){
let data11 = data2.vscode;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key6 in data11){
if(!(key6 === "scope")){
const err22 = {instancePath:instancePath+"/targets/vscode",schemaPath:"#/$defs/Targets/properties/vscode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.vscode,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data11.scope !== undefined){
let data12 = data11.scope;
if(typeof data12 !== "string"){
const err23 = {instancePath:instancePath+"/targets/vscode/scope",schemaPath:"#/$defs/Targets/properties/vscode/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.vscode.properties.scope.type,parentSchema:schema32.properties.vscode.properties.scope,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((data12 === "project") || (data12 === "user"))){
const err24 = {instancePath:instancePath+"/targets/vscode/scope",schemaPath:"#/$defs/Targets/properties/vscode/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties.vscode.properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.vscode.properties.scope.enum,parentSchema:schema32.properties.vscode.properties.scope,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/targets/vscode",schemaPath:"#/$defs/Targets/properties/vscode/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.vscode.type,parentSchema:schema32.properties.vscode,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data2.gemini !== undefined){
let data13 = data2.gemini;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key7 in data13){
if(!(key7 === "scope")){
const err26 = {instancePath:instancePath+"/targets/gemini",schemaPath:"#/$defs/Targets/properties/gemini/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.gemini,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13.scope !== undefined){
let data14 = data13.scope;
if(typeof data14 !== "string"){
const err27 = {instancePath:instancePath+"/targets/gemini/scope",schemaPath:"#/$defs/Targets/properties/gemini/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.gemini.properties.scope.type,parentSchema:schema32.properties.gemini.properties.scope,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((data14 === "project") || (data14 === "user"))){
const err28 = {instancePath:instancePath+"/targets/gemini/scope",schemaPath:"#/$defs/Targets/properties/gemini/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties.gemini.properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.gemini.properties.scope.enum,parentSchema:schema32.properties.gemini.properties.scope,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/targets/gemini",schemaPath:"#/$defs/Targets/properties/gemini/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.gemini.type,parentSchema:schema32.properties.gemini,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data2.opencode !== undefined){
let data15 = data2.opencode;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key8 in data15){
if(!(key8 === "scope")){
const err30 = {instancePath:instancePath+"/targets/opencode",schemaPath:"#/$defs/Targets/properties/opencode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.opencode,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data15.scope !== undefined){
let data16 = data15.scope;
if(typeof data16 !== "string"){
const err31 = {instancePath:instancePath+"/targets/opencode/scope",schemaPath:"#/$defs/Targets/properties/opencode/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.opencode.properties.scope.type,parentSchema:schema32.properties.opencode.properties.scope,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!((data16 === "project") || (data16 === "user"))){
const err32 = {instancePath:instancePath+"/targets/opencode/scope",schemaPath:"#/$defs/Targets/properties/opencode/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties.opencode.properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.opencode.properties.scope.enum,parentSchema:schema32.properties.opencode.properties.scope,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/targets/opencode",schemaPath:"#/$defs/Targets/properties/opencode/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.opencode.type,parentSchema:schema32.properties.opencode,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data2.zed !== undefined){
let data17 = data2.zed;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key9 in data17){
if(!(key9 === "scope")){
const err34 = {instancePath:instancePath+"/targets/zed",schemaPath:"#/$defs/Targets/properties/zed/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.zed,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data17.scope !== undefined){
let data18 = data17.scope;
if(typeof data18 !== "string"){
const err35 = {instancePath:instancePath+"/targets/zed/scope",schemaPath:"#/$defs/Targets/properties/zed/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.zed.properties.scope.type,parentSchema:schema32.properties.zed.properties.scope,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((data18 === "project") || (data18 === "user"))){
const err36 = {instancePath:instancePath+"/targets/zed/scope",schemaPath:"#/$defs/Targets/properties/zed/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties.zed.properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.zed.properties.scope.enum,parentSchema:schema32.properties.zed.properties.scope,data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/targets/zed",schemaPath:"#/$defs/Targets/properties/zed/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.zed.type,parentSchema:schema32.properties.zed,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data2.windsurf !== undefined){
let data19 = data2.windsurf;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key10 in data19){
if(!(key10 === "scope")){
const err38 = {instancePath:instancePath+"/targets/windsurf",schemaPath:"#/$defs/Targets/properties/windsurf/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.windsurf,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data19.scope !== undefined){
let data20 = data19.scope;
if(typeof data20 !== "string"){
const err39 = {instancePath:instancePath+"/targets/windsurf/scope",schemaPath:"#/$defs/Targets/properties/windsurf/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.windsurf.properties.scope.type,parentSchema:schema32.properties.windsurf.properties.scope,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(data20 === "user")){
const err40 = {instancePath:instancePath+"/targets/windsurf/scope",schemaPath:"#/$defs/Targets/properties/windsurf/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties.windsurf.properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.windsurf.properties.scope.enum,parentSchema:schema32.properties.windsurf.properties.scope,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/targets/windsurf",schemaPath:"#/$defs/Targets/properties/windsurf/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.windsurf.type,parentSchema:schema32.properties.windsurf,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data2.antigravity !== undefined){
let data21 = data2.antigravity;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key11 in data21){
if(!(key11 === "scope")){
const err42 = {instancePath:instancePath+"/targets/antigravity",schemaPath:"#/$defs/Targets/properties/antigravity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.antigravity,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data21.scope !== undefined){
let data22 = data21.scope;
if(typeof data22 !== "string"){
const err43 = {instancePath:instancePath+"/targets/antigravity/scope",schemaPath:"#/$defs/Targets/properties/antigravity/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.antigravity.properties.scope.type,parentSchema:schema32.properties.antigravity.properties.scope,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!((data22 === "project") || (data22 === "user"))){
const err44 = {instancePath:instancePath+"/targets/antigravity/scope",schemaPath:"#/$defs/Targets/properties/antigravity/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties.antigravity.properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.antigravity.properties.scope.enum,parentSchema:schema32.properties.antigravity.properties.scope,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/targets/antigravity",schemaPath:"#/$defs/Targets/properties/antigravity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.antigravity.type,parentSchema:schema32.properties.antigravity,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data2["claude-desktop"] !== undefined){
let data23 = data2["claude-desktop"];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key12 in data23){
if(!(key12 === "scope")){
const err46 = {instancePath:instancePath+"/targets/claude-desktop",schemaPath:"#/$defs/Targets/properties/claude-desktop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties["claude-desktop"],data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data23.scope !== undefined){
let data24 = data23.scope;
if(typeof data24 !== "string"){
const err47 = {instancePath:instancePath+"/targets/claude-desktop/scope",schemaPath:"#/$defs/Targets/properties/claude-desktop/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties["claude-desktop"].properties.scope.type,parentSchema:schema32.properties["claude-desktop"].properties.scope,data:data24};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(data24 === "user")){
const err48 = {instancePath:instancePath+"/targets/claude-desktop/scope",schemaPath:"#/$defs/Targets/properties/claude-desktop/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties["claude-desktop"].properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema32.properties["claude-desktop"].properties.scope.enum,parentSchema:schema32.properties["claude-desktop"].properties.scope,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/targets/claude-desktop",schemaPath:"#/$defs/Targets/properties/claude-desktop/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties["claude-desktop"].type,parentSchema:schema32.properties["claude-desktop"],data:data23};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/Targets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.servers !== undefined){
let data25 = data.servers;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key13 in data25){
const _errs66 = errors;
if(typeof key13 === "string"){
if(func3(key13) > 64){
const err51 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31.properties.servers.propertyNames,data:key13,propertyName:key13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern4.test(key13)){
const err52 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema31.properties.servers.propertyNames,data:key13,propertyName:key13};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
var valid14 = _errs66 === errors;
if(!valid14){
const err53 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/propertyNames",keyword:"propertyNames",params:{propertyName: key13},message:"property name must be valid",schema:schema31.properties.servers.propertyNames,parentSchema:schema31.properties.servers,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
for(const key14 in data25){
if(!(validate21(data25[key14], {instancePath:instancePath+"/servers/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data25,parentDataProperty:key14,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err54 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.servers.type,parentSchema:schema31.properties.servers,data:data25};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.sets !== undefined){
let data27 = data.sets;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key15 in data27){
const _errs71 = errors;
if(typeof key15 === "string"){
if(!pattern10.test(key15)){
const err55 = {instancePath:instancePath+"/sets",schemaPath:"#/properties/sets/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema31.properties.sets.propertyNames,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
var valid16 = _errs71 === errors;
if(!valid16){
const err56 = {instancePath:instancePath+"/sets",schemaPath:"#/properties/sets/propertyNames",keyword:"propertyNames",params:{propertyName: key15},message:"property name must be valid",schema:schema31.properties.sets.propertyNames,parentSchema:schema31.properties.sets,data:data27};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
for(const key16 in data27){
let data28 = data27[key16];
if(Array.isArray(data28)){
const len0 = data28.length;
for(let i0=0; i0<len0; i0++){
let data29 = data28[i0];
if(typeof data29 === "string"){
if(func3(data29) < 1){
const err57 = {instancePath:instancePath+"/sets/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/sets/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.sets.additionalProperties.items,data:data29};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/sets/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/sets/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.sets.additionalProperties.items.type,parentSchema:schema31.properties.sets.additionalProperties.items,data:data29};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
let i1 = data28.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data28[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err59 = {instancePath:instancePath+"/sets/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sets/additionalProperties/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.sets.additionalProperties,data:data28};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err60 = {instancePath:instancePath+"/sets/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sets/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.sets.additionalProperties.type,parentSchema:schema31.properties.sets.additionalProperties,data:data28};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/sets",schemaPath:"#/properties/sets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.sets.type,parentSchema:schema31.properties.sets,data:data27};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.default_set !== undefined){
let data30 = data.default_set;
if(typeof data30 === "string"){
if(func3(data30) < 1){
const err62 = {instancePath:instancePath+"/default_set",schemaPath:"#/properties/default_set/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.default_set,data:data30};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/default_set",schemaPath:"#/properties/default_set/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.default_set.type,parentSchema:schema31.properties.default_set,data:data30};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.policy !== undefined){
let data31 = data.policy;
if(typeof data31 === "string"){
if(func3(data31) < 1){
const err64 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.policy,data:data31};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.policy.type,parentSchema:schema31.properties.policy,data:data31};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.lint !== undefined){
if(!(validate25(data.lint, {instancePath:instancePath+"/lint",parentData:data,parentDataProperty:"lint",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.catalogs !== undefined){
let data33 = data.catalogs;
if(Array.isArray(data33)){
const len1 = data33.length;
for(let i2=0; i2<len1; i2++){
let data34 = data33[i2];
const _errs86 = errors;
let valid24 = false;
let passing0 = null;
const _errs87 = errors;
if("builtin" !== data34){
const err66 = {instancePath:instancePath+"/catalogs/" + i2,schemaPath:"#/$defs/CatalogSource/oneOf/0/const",keyword:"const",params:{allowedValue: "builtin"},message:"must be equal to constant",schema:"builtin",parentSchema:schema49.oneOf[0],data:data34};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid0 = _errs87 === errors;
if(_valid0){
valid24 = true;
passing0 = 0;
}
const _errs88 = errors;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.url === undefined){
const err67 = {instancePath:instancePath+"/catalogs/" + i2,schemaPath:"#/$defs/CatalogSource/oneOf/1/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data34};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key17 in data34){
if(!(((((key17 === "url") || (key17 === "trust")) || (key17 === "threshold")) || (key17 === "allow_unsigned")) || (key17 === "allow_http"))){
const err68 = {instancePath:instancePath+"/catalogs/" + i2,schemaPath:"#/$defs/CatalogSource/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data34};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data34.url !== undefined){
let data35 = data34.url;
if(typeof data35 === "string"){
if(!pattern7.test(data35)){
const err69 = {instancePath:instancePath+"/catalogs/" + i2+"/url",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema49.oneOf[1].properties.url,data:data35};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/catalogs/" + i2+"/url",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.url.type,parentSchema:schema49.oneOf[1].properties.url,data:data35};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data34.trust !== undefined){
let data36 = data34.trust;
if(Array.isArray(data36)){
if(data36.length < 1){
const err71 = {instancePath:instancePath+"/catalogs/" + i2+"/trust",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/trust/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.oneOf[1].properties.trust,data:data36};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
const len2 = data36.length;
for(let i3=0; i3<len2; i3++){
let data37 = data36[i3];
if(typeof data37 === "string"){
if(func3(data37) < 1){
const err72 = {instancePath:instancePath+"/catalogs/" + i2+"/trust/" + i3,schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/trust/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[1].properties.trust.items,data:data37};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/catalogs/" + i2+"/trust/" + i3,schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/trust/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.trust.items.type,parentSchema:schema49.oneOf[1].properties.trust.items,data:data37};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/catalogs/" + i2+"/trust",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/trust/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[1].properties.trust.type,parentSchema:schema49.oneOf[1].properties.trust,data:data36};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data34.threshold !== undefined){
let data38 = data34.threshold;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err75 = {instancePath:instancePath+"/catalogs/" + i2+"/threshold",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.oneOf[1].properties.threshold.type,parentSchema:schema49.oneOf[1].properties.threshold,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 1 || isNaN(data38)){
const err76 = {instancePath:instancePath+"/catalogs/" + i2+"/threshold",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema49.oneOf[1].properties.threshold,data:data38};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data34.allow_unsigned !== undefined){
let data39 = data34.allow_unsigned;
if(typeof data39 !== "boolean"){
const err77 = {instancePath:instancePath+"/catalogs/" + i2+"/allow_unsigned",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/allow_unsigned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.oneOf[1].properties.allow_unsigned.type,parentSchema:schema49.oneOf[1].properties.allow_unsigned,data:data39};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data34.allow_http !== undefined){
let data40 = data34.allow_http;
if(typeof data40 !== "boolean"){
const err78 = {instancePath:instancePath+"/catalogs/" + i2+"/allow_http",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/allow_http/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.oneOf[1].properties.allow_http.type,parentSchema:schema49.oneOf[1].properties.allow_http,data:data40};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/catalogs/" + i2,schemaPath:"#/$defs/CatalogSource/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data34};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid0 = _errs88 === errors;
if(_valid0 && valid24){
valid24 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid24 = true;
passing0 = 1;
var props0 = true;
}
const _errs103 = errors;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.path === undefined){
const err80 = {instancePath:instancePath+"/catalogs/" + i2,schemaPath:"#/$defs/CatalogSource/oneOf/2/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data34};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key18 in data34){
if(!((((key18 === "path") || (key18 === "trust")) || (key18 === "threshold")) || (key18 === "allow_unsigned"))){
const err81 = {instancePath:instancePath+"/catalogs/" + i2,schemaPath:"#/$defs/CatalogSource/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data34};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data34.path !== undefined){
let data41 = data34.path;
if(typeof data41 === "string"){
if(func3(data41) < 1){
const err82 = {instancePath:instancePath+"/catalogs/" + i2+"/path",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[2].properties.path,data:data41};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/catalogs/" + i2+"/path",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.path.type,parentSchema:schema49.oneOf[2].properties.path,data:data41};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data34.trust !== undefined){
let data42 = data34.trust;
if(Array.isArray(data42)){
if(data42.length < 1){
const err84 = {instancePath:instancePath+"/catalogs/" + i2+"/trust",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/trust/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.oneOf[2].properties.trust,data:data42};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
const len3 = data42.length;
for(let i4=0; i4<len3; i4++){
let data43 = data42[i4];
if(typeof data43 === "string"){
if(func3(data43) < 1){
const err85 = {instancePath:instancePath+"/catalogs/" + i2+"/trust/" + i4,schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/trust/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[2].properties.trust.items,data:data43};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/catalogs/" + i2+"/trust/" + i4,schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/trust/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.trust.items.type,parentSchema:schema49.oneOf[2].properties.trust.items,data:data43};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/catalogs/" + i2+"/trust",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/trust/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[2].properties.trust.type,parentSchema:schema49.oneOf[2].properties.trust,data:data42};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data34.threshold !== undefined){
let data44 = data34.threshold;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err88 = {instancePath:instancePath+"/catalogs/" + i2+"/threshold",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.oneOf[2].properties.threshold.type,parentSchema:schema49.oneOf[2].properties.threshold,data:data44};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 < 1 || isNaN(data44)){
const err89 = {instancePath:instancePath+"/catalogs/" + i2+"/threshold",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema49.oneOf[2].properties.threshold,data:data44};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
if(data34.allow_unsigned !== undefined){
let data45 = data34.allow_unsigned;
if(typeof data45 !== "boolean"){
const err90 = {instancePath:instancePath+"/catalogs/" + i2+"/allow_unsigned",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/allow_unsigned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.oneOf[2].properties.allow_unsigned.type,parentSchema:schema49.oneOf[2].properties.allow_unsigned,data:data45};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/catalogs/" + i2,schemaPath:"#/$defs/CatalogSource/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data34};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var _valid0 = _errs103 === errors;
if(_valid0 && valid24){
valid24 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid24 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
}
}
if(!valid24){
const err92 = {instancePath:instancePath+"/catalogs/" + i2,schemaPath:"#/$defs/CatalogSource/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema49.oneOf,parentSchema:schema49,data:data34};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
else {
errors = _errs86;
if(vErrors !== null){
if(_errs86){
vErrors.length = _errs86;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err93 = {instancePath:instancePath+"/catalogs",schemaPath:"#/properties/catalogs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.catalogs.type,parentSchema:schema31.properties.catalogs,data:data33};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

