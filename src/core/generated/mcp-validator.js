// Generated from schema/mcp.schema.json by scripts/gen-validator.mjs. Do not edit by hand.
// @ts-nocheck
import { createRequire } from 'node:module';
const __require = createRequire(import.meta.url);

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcpctl.dev/schema/mcp.schema.json","title":"McpFile","description":"mcpctl's declarative MCP server configuration (mcp.yaml), version 1.","type":"object","additionalProperties":false,"required":["version"],"properties":{"$schema":{"type":"string","description":"Editor hint; ignored by mcpctl."},"version":{"const":1,"description":"Format version of this file. Only 1 exists."},"servers":{"type":"object","description":"MCP servers to manage, by name.","propertyNames":{"pattern":"^[A-Za-z0-9_-]+$","maxLength":64},"additionalProperties":{"$ref":"#/$defs/Server"}},"policy":{"type":"string","minLength":1,"description":"Organisation policy file (relative to this file) whose rules and limits apply on top; it can only tighten."},"lint":{"$ref":"#/$defs/LintSettings"},"catalogs":{"type":"array","description":"Template catalogs, in lookup order. Default: [builtin].","items":{"$ref":"#/$defs/CatalogSource"}}},"$defs":{"Server":{"title":"Server","type":"object","additionalProperties":false,"properties":{"description":{"type":"string","description":"Free text for humans; not written to the target."},"template":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$","description":"A catalog template id, optionally pinned: github or github@2025.4.8."},"with":{"type":"object","description":"Template inputs. An input the template marks as repeatable (isRepeated) takes a list: its argument is given once per value.","additionalProperties":{"anyOf":[{"type":["string","number","boolean"]},{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}]}},"command":{"type":"string","minLength":1,"description":"Program to launch (stdio transport)."},"args":{"type":"array","items":{"type":"string"},"description":"Arguments passed to command."},"env":{"type":"object","description":"Environment of the server process. Values may hold references such as ${env:NAME}.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}},"cwd":{"type":"string","minLength":1,"description":"Working directory of the server process."},"url":{"type":"string","format":"uri","pattern":"^https?://","description":"Streamable HTTP endpoint."},"headers":{"type":"object","description":"HTTP headers. Values may hold ${env:NAME}; `Authorization: Bearer ${env:T}` becomes bearer_token_env_var.","propertyNames":{"pattern":"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},"additionalProperties":{"type":"string"}},"enabled":{"type":"boolean","description":"false keeps the entry but does not start the server."},"enabled_tools":{"$ref":"#/$defs/ToolNames"},"disabled_tools":{"$ref":"#/$defs/ToolNames"},"startup_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":3600},"tool_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":86400},"codex":{"$ref":"#/$defs/CodexOptions"}}},"ToolNames":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Tool names. enabled_tools exposes only these; disabled_tools hides these (applied after enabled_tools)."},"ApprovalMode":{"type":"string","enum":["auto","prompt","writes","approve"]},"CodexOptions":{"title":"CodexOptions","description":"Codex-only keys, passed through to config.toml after validation.","type":"object","additionalProperties":false,"properties":{"required":{"type":"boolean","description":"Codex refuses to start when this server fails."},"supports_parallel_tool_calls":{"type":"boolean"},"default_tools_approval_mode":{"$ref":"#/$defs/ApprovalMode"},"tools":{"type":"object","description":"Per-tool settings, by tool name.","additionalProperties":{"type":"object","additionalProperties":false,"required":["approval_mode"],"properties":{"approval_mode":{"$ref":"#/$defs/ApprovalMode"}}}},"scopes":{"type":"array","items":{"type":"string"}},"oauth":{"type":"object","additionalProperties":false,"properties":{"client_id":{"type":"string","minLength":1},"callback_port":{"type":"integer","minimum":1,"maximum":65535}}},"auth":{"type":"string","enum":["oauth","chatgpt","ema_auth"]},"oauth_resource":{"type":"string","minLength":1},"environment_id":{"type":"string","minLength":1},"omit_tools_from":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["code_mode","deferred","direct"]}},"env_vars_source":{"type":"object","description":"Where Codex takes a forwarded variable from, by name: each NAME here must be forwarded by an env entry NAME: \"${env:NAME}\"; it is written to env_vars as { name = NAME, source = ... } (\"local\": Codex's own environment, \"remote\": the remote environment). Kept by import, so Codex reads the same entry after apply.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","enum":["local","remote"]}}}},"RuleSeverity":{"type":"string","enum":["error","warn","off"]},"LintSettings":{"title":"LintSettings","type":"object","additionalProperties":false,"description":"Lint settings for this file.","properties":{"rules":{"type":"object","description":"Severity per rule id (e.g. policy/unpinned-package: warn). A `prefix/*` key sets every rule under it.","propertyNames":{"pattern":"^(secret|policy)/([a-z0-9-]+|\\*)$"},"additionalProperties":{"$ref":"#/$defs/RuleSeverity"}}}},"CatalogSource":{"title":"CatalogSource","oneOf":[{"const":"builtin","description":"The catalog shipped with mcpctl (always verified)."},{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^https?://","description":"URL of the catalog's index.json (https; http only for loopback with allow_http)."},"trust":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Ed25519 public key files (relative to this file)."},"threshold":{"type":"integer","minimum":1,"description":"How many valid signatures from trusted keys are required (default 1)."},"allow_unsigned":{"type":"boolean","description":"Use this catalog without a valid signature. Warns on every run."},"allow_http":{"type":"boolean","description":"Allow plain http (loopback addresses only)."}}},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"A catalog folder (relative to this file)."},"trust":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"threshold":{"type":"integer","minimum":1},"allow_unsigned":{"type":"boolean"}}}]}}};
const schema40 = {"title":"CatalogSource","oneOf":[{"const":"builtin","description":"The catalog shipped with mcpctl (always verified)."},{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^https?://","description":"URL of the catalog's index.json (https; http only for loopback with allow_http)."},"trust":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Ed25519 public key files (relative to this file)."},"threshold":{"type":"integer","minimum":1,"description":"How many valid signatures from trusted keys are required (default 1)."},"allow_unsigned":{"type":"boolean","description":"Use this catalog without a valid signature. Warns on every run."},"allow_http":{"type":"boolean","description":"Allow plain http (loopback addresses only)."}}},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"A catalog folder (relative to this file)."},"trust":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"threshold":{"type":"integer","minimum":1},"allow_unsigned":{"type":"boolean"}}}]};
const func1 = __require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[A-Za-z0-9_-]+$", "u");
const pattern7 = new RegExp("^https?://", "u");
const schema32 = {"title":"Server","type":"object","additionalProperties":false,"properties":{"description":{"type":"string","description":"Free text for humans; not written to the target."},"template":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$","description":"A catalog template id, optionally pinned: github or github@2025.4.8."},"with":{"type":"object","description":"Template inputs. An input the template marks as repeatable (isRepeated) takes a list: its argument is given once per value.","additionalProperties":{"anyOf":[{"type":["string","number","boolean"]},{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}]}},"command":{"type":"string","minLength":1,"description":"Program to launch (stdio transport)."},"args":{"type":"array","items":{"type":"string"},"description":"Arguments passed to command."},"env":{"type":"object","description":"Environment of the server process. Values may hold references such as ${env:NAME}.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}},"cwd":{"type":"string","minLength":1,"description":"Working directory of the server process."},"url":{"type":"string","format":"uri","pattern":"^https?://","description":"Streamable HTTP endpoint."},"headers":{"type":"object","description":"HTTP headers. Values may hold ${env:NAME}; `Authorization: Bearer ${env:T}` becomes bearer_token_env_var.","propertyNames":{"pattern":"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},"additionalProperties":{"type":"string"}},"enabled":{"type":"boolean","description":"false keeps the entry but does not start the server."},"enabled_tools":{"$ref":"#/$defs/ToolNames"},"disabled_tools":{"$ref":"#/$defs/ToolNames"},"startup_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":3600},"tool_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":86400},"codex":{"$ref":"#/$defs/CodexOptions"}}};
const schema33 = {"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Tool names. enabled_tools exposes only these; disabled_tools hides these (applied after enabled_tools)."};
const func2 = Object.prototype.hasOwnProperty;
const pattern5 = new RegExp("^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$", "u");
const pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern8 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");
const formats0 = __require("ajv-formats/dist/formats").fullFormats.uri;
const schema35 = {"title":"CodexOptions","description":"Codex-only keys, passed through to config.toml after validation.","type":"object","additionalProperties":false,"properties":{"required":{"type":"boolean","description":"Codex refuses to start when this server fails."},"supports_parallel_tool_calls":{"type":"boolean"},"default_tools_approval_mode":{"$ref":"#/$defs/ApprovalMode"},"tools":{"type":"object","description":"Per-tool settings, by tool name.","additionalProperties":{"type":"object","additionalProperties":false,"required":["approval_mode"],"properties":{"approval_mode":{"$ref":"#/$defs/ApprovalMode"}}}},"scopes":{"type":"array","items":{"type":"string"}},"oauth":{"type":"object","additionalProperties":false,"properties":{"client_id":{"type":"string","minLength":1},"callback_port":{"type":"integer","minimum":1,"maximum":65535}}},"auth":{"type":"string","enum":["oauth","chatgpt","ema_auth"]},"oauth_resource":{"type":"string","minLength":1},"environment_id":{"type":"string","minLength":1},"omit_tools_from":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["code_mode","deferred","direct"]}},"env_vars_source":{"type":"object","description":"Where Codex takes a forwarded variable from, by name: each NAME here must be forwarded by an env entry NAME: \"${env:NAME}\"; it is written to env_vars as { name = NAME, source = ... } (\"local\": Codex's own environment, \"remote\": the remote environment). Kept by import, so Codex reads the same entry after apply.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","enum":["local","remote"]}}}};
const schema36 = {"type":"string","enum":["auto","prompt","writes","approve"]};

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
if(!(func2.call(schema35.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
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
const err1 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.required.type,parentSchema:schema35.properties.required,data:data0};
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
const err2 = {instancePath:instancePath+"/supports_parallel_tool_calls",schemaPath:"#/properties/supports_parallel_tool_calls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.supports_parallel_tool_calls.type,parentSchema:schema35.properties.supports_parallel_tool_calls,data:data1};
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
const err3 = {instancePath:instancePath+"/default_tools_approval_mode",schemaPath:"#/$defs/ApprovalMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data2 === "auto") || (data2 === "prompt")) || (data2 === "writes")) || (data2 === "approve"))){
const err4 = {instancePath:instancePath+"/default_tools_approval_mode",schemaPath:"#/$defs/ApprovalMode/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data2};
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
const err5 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tools/additionalProperties/required",keyword:"required",params:{missingProperty: "approval_mode"},message:"must have required property '"+"approval_mode"+"'",schema:schema35.properties.tools.additionalProperties.required,parentSchema:schema35.properties.tools.additionalProperties,data:data4};
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
const err6 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tools/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.tools.additionalProperties,data:data4};
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
const err7 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/approval_mode",schemaPath:"#/$defs/ApprovalMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data5 === "auto") || (data5 === "prompt")) || (data5 === "writes")) || (data5 === "approve"))){
const err8 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/approval_mode",schemaPath:"#/$defs/ApprovalMode/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data5};
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
const err9 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tools/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.tools.additionalProperties.type,parentSchema:schema35.properties.tools.additionalProperties,data:data4};
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
const err10 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.tools.type,parentSchema:schema35.properties.tools,data:data3};
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
const err11 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.scopes.items.type,parentSchema:schema35.properties.scopes.items,data:data7};
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
const err12 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.scopes.type,parentSchema:schema35.properties.scopes,data:data6};
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
const err13 = {instancePath:instancePath+"/oauth",schemaPath:"#/properties/oauth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.oauth,data:data8};
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
if(func1(data9) < 1){
const err14 = {instancePath:instancePath+"/oauth/client_id",schemaPath:"#/properties/oauth/properties/client_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.oauth.properties.client_id,data:data9};
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
const err15 = {instancePath:instancePath+"/oauth/client_id",schemaPath:"#/properties/oauth/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.oauth.properties.client_id.type,parentSchema:schema35.properties.oauth.properties.client_id,data:data9};
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
const err16 = {instancePath:instancePath+"/oauth/callback_port",schemaPath:"#/properties/oauth/properties/callback_port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.properties.oauth.properties.callback_port.type,parentSchema:schema35.properties.oauth.properties.callback_port,data:data10};
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
const err17 = {instancePath:instancePath+"/oauth/callback_port",schemaPath:"#/properties/oauth/properties/callback_port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema35.properties.oauth.properties.callback_port,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err18 = {instancePath:instancePath+"/oauth/callback_port",schemaPath:"#/properties/oauth/properties/callback_port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema35.properties.oauth.properties.callback_port,data:data10};
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
const err19 = {instancePath:instancePath+"/oauth",schemaPath:"#/properties/oauth/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.oauth.type,parentSchema:schema35.properties.oauth,data:data8};
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
const err20 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.auth.type,parentSchema:schema35.properties.auth,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((data11 === "oauth") || (data11 === "chatgpt")) || (data11 === "ema_auth"))){
const err21 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/enum",keyword:"enum",params:{allowedValues: schema35.properties.auth.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.auth.enum,parentSchema:schema35.properties.auth,data:data11};
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
if(func1(data12) < 1){
const err22 = {instancePath:instancePath+"/oauth_resource",schemaPath:"#/properties/oauth_resource/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.oauth_resource,data:data12};
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
const err23 = {instancePath:instancePath+"/oauth_resource",schemaPath:"#/properties/oauth_resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.oauth_resource.type,parentSchema:schema35.properties.oauth_resource,data:data12};
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
if(func1(data13) < 1){
const err24 = {instancePath:instancePath+"/environment_id",schemaPath:"#/properties/environment_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.environment_id,data:data13};
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
const err25 = {instancePath:instancePath+"/environment_id",schemaPath:"#/properties/environment_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.environment_id.type,parentSchema:schema35.properties.environment_id,data:data13};
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
const err26 = {instancePath:instancePath+"/omit_tools_from/" + i1,schemaPath:"#/properties/omit_tools_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.omit_tools_from.items.type,parentSchema:schema35.properties.omit_tools_from.items,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(((data15 === "code_mode") || (data15 === "deferred")) || (data15 === "direct"))){
const err27 = {instancePath:instancePath+"/omit_tools_from/" + i1,schemaPath:"#/properties/omit_tools_from/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.omit_tools_from.items.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.omit_tools_from.items.enum,parentSchema:schema35.properties.omit_tools_from.items,data:data15};
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
const err28 = {instancePath:instancePath+"/omit_tools_from",schemaPath:"#/properties/omit_tools_from/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema35.properties.omit_tools_from,data:data14};
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
const err29 = {instancePath:instancePath+"/omit_tools_from",schemaPath:"#/properties/omit_tools_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.omit_tools_from.type,parentSchema:schema35.properties.omit_tools_from,data:data14};
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
const err30 = {instancePath:instancePath+"/env_vars_source",schemaPath:"#/properties/env_vars_source/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema35.properties.env_vars_source.propertyNames,data:key4,propertyName:key4};
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
const err31 = {instancePath:instancePath+"/env_vars_source",schemaPath:"#/properties/env_vars_source/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema35.properties.env_vars_source.propertyNames,parentSchema:schema35.properties.env_vars_source,data:data16};
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
const err32 = {instancePath:instancePath+"/env_vars_source/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env_vars_source/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.env_vars_source.additionalProperties.type,parentSchema:schema35.properties.env_vars_source.additionalProperties,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((data17 === "local") || (data17 === "remote"))){
const err33 = {instancePath:instancePath+"/env_vars_source/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env_vars_source/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema35.properties.env_vars_source.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.env_vars_source.additionalProperties.enum,parentSchema:schema35.properties.env_vars_source.additionalProperties,data:data17};
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
const err34 = {instancePath:instancePath+"/env_vars_source",schemaPath:"#/properties/env_vars_source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.env_vars_source.type,parentSchema:schema35.properties.env_vars_source,data:data16};
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
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
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
if(!(func2.call(schema32.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
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
const err1 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.description.type,parentSchema:schema32.properties.description,data:data0};
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
const err2 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$"+"\"",schema:"^[a-z0-9][a-z0-9._-]*(@[A-Za-z0-9._+-]+)?$",parentSchema:schema32.properties.template,data:data1};
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
const err3 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.template.type,parentSchema:schema32.properties.template,data:data1};
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
const err4 = {instancePath:instancePath+"/with/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/with/additionalProperties/anyOf/0/type",keyword:"type",params:{type: schema32.properties.with.additionalProperties.anyOf[0].type},message:"must be string,number,boolean",schema:schema32.properties.with.additionalProperties.anyOf[0].type,parentSchema:schema32.properties.with.additionalProperties.anyOf[0],data:data3};
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
const err5 = {instancePath:instancePath+"/with/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/with/additionalProperties/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.with.additionalProperties.anyOf[1],data:data3};
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
const err6 = {instancePath:instancePath+"/with/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/with/additionalProperties/anyOf/1/items/type",keyword:"type",params:{type: schema32.properties.with.additionalProperties.anyOf[1].items.type},message:"must be string,number,boolean",schema:schema32.properties.with.additionalProperties.anyOf[1].items.type,parentSchema:schema32.properties.with.additionalProperties.anyOf[1].items,data:data4};
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
const err7 = {instancePath:instancePath+"/with/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/with/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.with.additionalProperties.anyOf[1].type,parentSchema:schema32.properties.with.additionalProperties.anyOf[1],data:data3};
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
const err8 = {instancePath:instancePath+"/with/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/with/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.with.additionalProperties.anyOf,parentSchema:schema32.properties.with.additionalProperties,data:data3};
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
const err9 = {instancePath:instancePath+"/with",schemaPath:"#/properties/with/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.with.type,parentSchema:schema32.properties.with,data:data2};
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
if(func1(data5) < 1){
const err10 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.command,data:data5};
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
const err11 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.command.type,parentSchema:schema32.properties.command,data:data5};
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
const err12 = {instancePath:instancePath+"/args/" + i1,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.args.items.type,parentSchema:schema32.properties.args.items,data:data7};
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
const err13 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.args.type,parentSchema:schema32.properties.args,data:data6};
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
const err14 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema32.properties.env.propertyNames,data:key2,propertyName:key2};
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
const err15 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema32.properties.env.propertyNames,parentSchema:schema32.properties.env,data:data8};
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
const err16 = {instancePath:instancePath+"/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.env.additionalProperties.type,parentSchema:schema32.properties.env.additionalProperties,data:data9};
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
const err17 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.env.type,parentSchema:schema32.properties.env,data:data8};
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
if(func1(data10) < 1){
const err18 = {instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.cwd,data:data10};
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
const err19 = {instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.cwd.type,parentSchema:schema32.properties.cwd,data:data10};
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
const err20 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema32.properties.url,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(formats0(data11))){
const err21 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema32.properties.url,data:data11};
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
const err22 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.url.type,parentSchema:schema32.properties.url,data:data11};
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
const err23 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},message:"must match pattern \""+"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"+"\"",schema:"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$",parentSchema:schema32.properties.headers.propertyNames,data:key4,propertyName:key4};
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
const err24 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema32.properties.headers.propertyNames,parentSchema:schema32.properties.headers,data:data12};
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
const err25 = {instancePath:instancePath+"/headers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.headers.additionalProperties.type,parentSchema:schema32.properties.headers.additionalProperties,data:data13};
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
const err26 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.headers.type,parentSchema:schema32.properties.headers,data:data12};
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
const err27 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.enabled.type,parentSchema:schema32.properties.enabled,data:data14};
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
if(func1(data16) < 1){
const err28 = {instancePath:instancePath+"/enabled_tools/" + i2,schemaPath:"#/$defs/ToolNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.items,data:data16};
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
const err29 = {instancePath:instancePath+"/enabled_tools/" + i2,schemaPath:"#/$defs/ToolNames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.items.type,parentSchema:schema33.items,data:data16};
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
const err30 = {instancePath:instancePath+"/enabled_tools",schemaPath:"#/$defs/ToolNames/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema33,data:data15};
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
const err31 = {instancePath:instancePath+"/enabled_tools",schemaPath:"#/$defs/ToolNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.type,parentSchema:schema33,data:data15};
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
if(func1(data18) < 1){
const err32 = {instancePath:instancePath+"/disabled_tools/" + i4,schemaPath:"#/$defs/ToolNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.items,data:data18};
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
const err33 = {instancePath:instancePath+"/disabled_tools/" + i4,schemaPath:"#/$defs/ToolNames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.items.type,parentSchema:schema33.items,data:data18};
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
const err34 = {instancePath:instancePath+"/disabled_tools",schemaPath:"#/$defs/ToolNames/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema33,data:data17};
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
const err35 = {instancePath:instancePath+"/disabled_tools",schemaPath:"#/$defs/ToolNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.type,parentSchema:schema33,data:data17};
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
const err36 = {instancePath:instancePath+"/startup_timeout_sec",schemaPath:"#/properties/startup_timeout_sec/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.startup_timeout_sec,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data19 <= 0 || isNaN(data19)){
const err37 = {instancePath:instancePath+"/startup_timeout_sec",schemaPath:"#/properties/startup_timeout_sec/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.startup_timeout_sec,data:data19};
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
const err38 = {instancePath:instancePath+"/startup_timeout_sec",schemaPath:"#/properties/startup_timeout_sec/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.startup_timeout_sec.type,parentSchema:schema32.properties.startup_timeout_sec,data:data19};
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
const err39 = {instancePath:instancePath+"/tool_timeout_sec",schemaPath:"#/properties/tool_timeout_sec/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400",schema:86400,parentSchema:schema32.properties.tool_timeout_sec,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data20 <= 0 || isNaN(data20)){
const err40 = {instancePath:instancePath+"/tool_timeout_sec",schemaPath:"#/properties/tool_timeout_sec/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.tool_timeout_sec,data:data20};
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
const err41 = {instancePath:instancePath+"/tool_timeout_sec",schemaPath:"#/properties/tool_timeout_sec/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.tool_timeout_sec.type,parentSchema:schema32.properties.tool_timeout_sec,data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
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
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"title":"LintSettings","type":"object","additionalProperties":false,"description":"Lint settings for this file.","properties":{"rules":{"type":"object","description":"Severity per rule id (e.g. policy/unpinned-package: warn). A `prefix/*` key sets every rule under it.","propertyNames":{"pattern":"^(secret|policy)/([a-z0-9-]+|\\*)$"},"additionalProperties":{"$ref":"#/$defs/RuleSeverity"}}}};
const schema39 = {"type":"string","enum":["error","warn","off"]};
const pattern10 = new RegExp("^(secret|policy)/([a-z0-9-]+|\\*)$", "u");

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
if(data.rules !== undefined){
let data0 = data.rules;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
const _errs4 = errors;
if(typeof key1 === "string"){
if(!pattern10.test(key1)){
const err1 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(secret|policy)/([a-z0-9-]+|\\*)$"},message:"must match pattern \""+"^(secret|policy)/([a-z0-9-]+|\\*)$"+"\"",schema:"^(secret|policy)/([a-z0-9-]+|\\*)$",parentSchema:schema38.properties.rules.propertyNames,data:key1,propertyName:key1};
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
const err2 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema38.properties.rules.propertyNames,parentSchema:schema38.properties.rules,data:data0};
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
const err3 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/RuleSeverity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data1 === "error") || (data1 === "warn")) || (data1 === "off"))){
const err4 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/RuleSeverity/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",schema:schema39.enum,parentSchema:schema39,data:data1};
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
const err5 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.rules.type,parentSchema:schema38.properties.rules,data:data0};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
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
if(!((((((key0 === "$schema") || (key0 === "version")) || (key0 === "servers")) || (key0 === "policy")) || (key0 === "lint")) || (key0 === "catalogs"))){
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
if(data.servers !== undefined){
let data2 = data.servers;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs7 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 64){
const err4 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31.properties.servers.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(key1)){
const err5 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema31.properties.servers.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
const err6 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema31.properties.servers.propertyNames,parentSchema:schema31.properties.servers,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key2 in data2){
if(!(validate21(data2[key2], {instancePath:instancePath+"/servers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.servers.type,parentSchema:schema31.properties.servers,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.policy !== undefined){
let data4 = data.policy;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err8 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.policy,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.policy.type,parentSchema:schema31.properties.policy,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
let data6 = data.catalogs;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs17 = errors;
let valid6 = false;
let passing0 = null;
const _errs18 = errors;
if("builtin" !== data7){
const err10 = {instancePath:instancePath+"/catalogs/" + i0,schemaPath:"#/$defs/CatalogSource/oneOf/0/const",keyword:"const",params:{allowedValue: "builtin"},message:"must be equal to constant",schema:"builtin",parentSchema:schema40.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs19 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.url === undefined){
const err11 = {instancePath:instancePath+"/catalogs/" + i0,schemaPath:"#/$defs/CatalogSource/oneOf/1/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema40.oneOf[1].required,parentSchema:schema40.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key3 in data7){
if(!(((((key3 === "url") || (key3 === "trust")) || (key3 === "threshold")) || (key3 === "allow_unsigned")) || (key3 === "allow_http"))){
const err12 = {instancePath:instancePath+"/catalogs/" + i0,schemaPath:"#/$defs/CatalogSource/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema40.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data7.url !== undefined){
let data8 = data7.url;
if(typeof data8 === "string"){
if(!pattern7.test(data8)){
const err13 = {instancePath:instancePath+"/catalogs/" + i0+"/url",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema40.oneOf[1].properties.url,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/catalogs/" + i0+"/url",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[1].properties.url.type,parentSchema:schema40.oneOf[1].properties.url,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.trust !== undefined){
let data9 = data7.trust;
if(Array.isArray(data9)){
if(data9.length < 1){
const err15 = {instancePath:instancePath+"/catalogs/" + i0+"/trust",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/trust/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.oneOf[1].properties.trust,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err16 = {instancePath:instancePath+"/catalogs/" + i0+"/trust/" + i1,schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/trust/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.oneOf[1].properties.trust.items,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/catalogs/" + i0+"/trust/" + i1,schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/trust/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[1].properties.trust.items.type,parentSchema:schema40.oneOf[1].properties.trust.items,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/catalogs/" + i0+"/trust",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/trust/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.oneOf[1].properties.trust.type,parentSchema:schema40.oneOf[1].properties.trust,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.threshold !== undefined){
let data11 = data7.threshold;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err19 = {instancePath:instancePath+"/catalogs/" + i0+"/threshold",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.oneOf[1].properties.threshold.type,parentSchema:schema40.oneOf[1].properties.threshold,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err20 = {instancePath:instancePath+"/catalogs/" + i0+"/threshold",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema40.oneOf[1].properties.threshold,data:data11};
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
if(data7.allow_unsigned !== undefined){
let data12 = data7.allow_unsigned;
if(typeof data12 !== "boolean"){
const err21 = {instancePath:instancePath+"/catalogs/" + i0+"/allow_unsigned",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/allow_unsigned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.oneOf[1].properties.allow_unsigned.type,parentSchema:schema40.oneOf[1].properties.allow_unsigned,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.allow_http !== undefined){
let data13 = data7.allow_http;
if(typeof data13 !== "boolean"){
const err22 = {instancePath:instancePath+"/catalogs/" + i0+"/allow_http",schemaPath:"#/$defs/CatalogSource/oneOf/1/properties/allow_http/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.oneOf[1].properties.allow_http.type,parentSchema:schema40.oneOf[1].properties.allow_http,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/catalogs/" + i0,schemaPath:"#/$defs/CatalogSource/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.oneOf[1].type,parentSchema:schema40.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
var props0 = true;
}
const _errs34 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.path === undefined){
const err24 = {instancePath:instancePath+"/catalogs/" + i0,schemaPath:"#/$defs/CatalogSource/oneOf/2/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema40.oneOf[2].required,parentSchema:schema40.oneOf[2],data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key4 in data7){
if(!((((key4 === "path") || (key4 === "trust")) || (key4 === "threshold")) || (key4 === "allow_unsigned"))){
const err25 = {instancePath:instancePath+"/catalogs/" + i0,schemaPath:"#/$defs/CatalogSource/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema40.oneOf[2],data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.path !== undefined){
let data14 = data7.path;
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err26 = {instancePath:instancePath+"/catalogs/" + i0+"/path",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.oneOf[2].properties.path,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/catalogs/" + i0+"/path",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[2].properties.path.type,parentSchema:schema40.oneOf[2].properties.path,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.trust !== undefined){
let data15 = data7.trust;
if(Array.isArray(data15)){
if(data15.length < 1){
const err28 = {instancePath:instancePath+"/catalogs/" + i0+"/trust",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/trust/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.oneOf[2].properties.trust,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err29 = {instancePath:instancePath+"/catalogs/" + i0+"/trust/" + i2,schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/trust/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.oneOf[2].properties.trust.items,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/catalogs/" + i0+"/trust/" + i2,schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/trust/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.oneOf[2].properties.trust.items.type,parentSchema:schema40.oneOf[2].properties.trust.items,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/catalogs/" + i0+"/trust",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/trust/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.oneOf[2].properties.trust.type,parentSchema:schema40.oneOf[2].properties.trust,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.threshold !== undefined){
let data17 = data7.threshold;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err32 = {instancePath:instancePath+"/catalogs/" + i0+"/threshold",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.oneOf[2].properties.threshold.type,parentSchema:schema40.oneOf[2].properties.threshold,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 1 || isNaN(data17)){
const err33 = {instancePath:instancePath+"/catalogs/" + i0+"/threshold",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema40.oneOf[2].properties.threshold,data:data17};
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
if(data7.allow_unsigned !== undefined){
let data18 = data7.allow_unsigned;
if(typeof data18 !== "boolean"){
const err34 = {instancePath:instancePath+"/catalogs/" + i0+"/allow_unsigned",schemaPath:"#/$defs/CatalogSource/oneOf/2/properties/allow_unsigned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.oneOf[2].properties.allow_unsigned.type,parentSchema:schema40.oneOf[2].properties.allow_unsigned,data:data18};
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
const err35 = {instancePath:instancePath+"/catalogs/" + i0,schemaPath:"#/$defs/CatalogSource/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.oneOf[2].type,parentSchema:schema40.oneOf[2],data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs34 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid6 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
}
}
if(!valid6){
const err36 = {instancePath:instancePath+"/catalogs/" + i0,schemaPath:"#/$defs/CatalogSource/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema40.oneOf,parentSchema:schema40,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/catalogs",schemaPath:"#/properties/catalogs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.catalogs.type,parentSchema:schema31.properties.catalogs,data:data6};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

