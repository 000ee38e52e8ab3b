// Generated from schema/mcp.schema.json by scripts/gen-validator.mjs. Do not edit by hand.
// @ts-nocheck
import { createRequire } from 'node:module';
const __require = createRequire(import.meta.url);

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcpctl.dev/schema/mcp.schema.json","title":"McpFile","description":"mcpctl's declarative MCP server configuration (mcp.yaml), version 1.","type":"object","additionalProperties":false,"required":["version"],"properties":{"$schema":{"type":"string","description":"Editor hint; ignored by mcpctl."},"version":{"const":1,"description":"Format version of this file. Only 1 exists."},"servers":{"type":"object","description":"MCP servers to manage, by name.","propertyNames":{"pattern":"^[A-Za-z0-9_-]+$","maxLength":64},"additionalProperties":{"$ref":"#/$defs/Server"}},"policy":{"type":"string","minLength":1,"description":"Organisation policy file (relative to this file) whose rules and limits apply on top; it can only tighten."},"lint":{"$ref":"#/$defs/LintSettings"}},"$defs":{"Server":{"title":"Server","type":"object","additionalProperties":false,"properties":{"description":{"type":"string","description":"Free text for humans; not written to the target."},"command":{"type":"string","minLength":1,"description":"Program to launch (stdio transport)."},"args":{"type":"array","items":{"type":"string"},"description":"Arguments passed to command."},"env":{"type":"object","description":"Environment of the server process. Values may hold references such as ${env:NAME}.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}},"cwd":{"type":"string","minLength":1,"description":"Working directory of the server process."},"url":{"type":"string","format":"uri","pattern":"^https?://","description":"Streamable HTTP endpoint."},"headers":{"type":"object","description":"HTTP headers. Values may hold ${env:NAME}; `Authorization: Bearer ${env:T}` becomes bearer_token_env_var.","propertyNames":{"pattern":"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},"additionalProperties":{"type":"string"}},"enabled":{"type":"boolean","description":"false keeps the entry but does not start the server."},"enabled_tools":{"$ref":"#/$defs/ToolNames"},"disabled_tools":{"$ref":"#/$defs/ToolNames"},"startup_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":3600},"tool_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":86400},"codex":{"$ref":"#/$defs/CodexOptions"}}},"ToolNames":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Tool names. enabled_tools exposes only these; disabled_tools hides these (applied after enabled_tools)."},"ApprovalMode":{"type":"string","enum":["auto","prompt","writes","approve"]},"CodexOptions":{"title":"CodexOptions","description":"Codex-only keys, passed through to config.toml after validation.","type":"object","additionalProperties":false,"properties":{"required":{"type":"boolean","description":"Codex refuses to start when this server fails."},"supports_parallel_tool_calls":{"type":"boolean"},"default_tools_approval_mode":{"$ref":"#/$defs/ApprovalMode"},"tools":{"type":"object","description":"Per-tool settings, by tool name.","additionalProperties":{"type":"object","additionalProperties":false,"required":["approval_mode"],"properties":{"approval_mode":{"$ref":"#/$defs/ApprovalMode"}}}},"scopes":{"type":"array","items":{"type":"string"}},"oauth":{"type":"object","additionalProperties":false,"properties":{"client_id":{"type":"string","minLength":1},"callback_port":{"type":"integer","minimum":1,"maximum":65535}}},"auth":{"type":"string","enum":["oauth","chatgpt","ema_auth"]},"oauth_resource":{"type":"string","minLength":1},"environment_id":{"type":"string","minLength":1},"omit_tools_from":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["code_mode","deferred","direct"]}}}},"RuleSeverity":{"type":"string","enum":["error","warn","off"]},"LintSettings":{"title":"LintSettings","type":"object","additionalProperties":false,"description":"Lint settings for this file.","properties":{"rules":{"type":"object","description":"Severity per rule id (e.g. policy/unpinned-package: warn). A `prefix/*` key sets every rule under it.","propertyNames":{"pattern":"^(secret|policy)/([a-z0-9-]+|\\*)$"},"additionalProperties":{"$ref":"#/$defs/RuleSeverity"}}}}}};
const func1 = __require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[A-Za-z0-9_-]+$", "u");
const schema32 = {"title":"Server","type":"object","additionalProperties":false,"properties":{"description":{"type":"string","description":"Free text for humans; not written to the target."},"command":{"type":"string","minLength":1,"description":"Program to launch (stdio transport)."},"args":{"type":"array","items":{"type":"string"},"description":"Arguments passed to command."},"env":{"type":"object","description":"Environment of the server process. Values may hold references such as ${env:NAME}.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}},"cwd":{"type":"string","minLength":1,"description":"Working directory of the server process."},"url":{"type":"string","format":"uri","pattern":"^https?://","description":"Streamable HTTP endpoint."},"headers":{"type":"object","description":"HTTP headers. Values may hold ${env:NAME}; `Authorization: Bearer ${env:T}` becomes bearer_token_env_var.","propertyNames":{"pattern":"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},"additionalProperties":{"type":"string"}},"enabled":{"type":"boolean","description":"false keeps the entry but does not start the server."},"enabled_tools":{"$ref":"#/$defs/ToolNames"},"disabled_tools":{"$ref":"#/$defs/ToolNames"},"startup_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":3600},"tool_timeout_sec":{"type":"number","exclusiveMinimum":0,"maximum":86400},"codex":{"$ref":"#/$defs/CodexOptions"}}};
const schema33 = {"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Tool names. enabled_tools exposes only these; disabled_tools hides these (applied after enabled_tools)."};
const func2 = Object.prototype.hasOwnProperty;
const pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern6 = new RegExp("^https?://", "u");
const pattern7 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");
const formats0 = __require("ajv-formats/dist/formats").fullFormats.uri;
const schema35 = {"title":"CodexOptions","description":"Codex-only keys, passed through to config.toml after validation.","type":"object","additionalProperties":false,"properties":{"required":{"type":"boolean","description":"Codex refuses to start when this server fails."},"supports_parallel_tool_calls":{"type":"boolean"},"default_tools_approval_mode":{"$ref":"#/$defs/ApprovalMode"},"tools":{"type":"object","description":"Per-tool settings, by tool name.","additionalProperties":{"type":"object","additionalProperties":false,"required":["approval_mode"],"properties":{"approval_mode":{"$ref":"#/$defs/ApprovalMode"}}}},"scopes":{"type":"array","items":{"type":"string"}},"oauth":{"type":"object","additionalProperties":false,"properties":{"client_id":{"type":"string","minLength":1},"callback_port":{"type":"integer","minimum":1,"maximum":65535}}},"auth":{"type":"string","enum":["oauth","chatgpt","ema_auth"]},"oauth_resource":{"type":"string","minLength":1},"environment_id":{"type":"string","minLength":1},"omit_tools_from":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["code_mode","deferred","direct"]}}}};
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
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
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
if(data.command !== undefined){
let data1 = data.command;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err2 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.command,data:data1};
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
const err3 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.command.type,parentSchema:schema32.properties.command,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.args !== undefined){
let data2 = data.args;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/args/" + i0,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.args.items.type,parentSchema:schema32.properties.args.items,data:data3};
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
const err5 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.args.type,parentSchema:schema32.properties.args,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.env !== undefined){
let data4 = data.env;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs12 = errors;
if(typeof key1 === "string"){
if(!pattern5.test(key1)){
const err6 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema32.properties.env.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid3 = _errs12 === errors;
if(!valid3){
const err7 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema32.properties.env.propertyNames,parentSchema:schema32.properties.env,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data4){
let data5 = data4[key2];
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.env.additionalProperties.type,parentSchema:schema32.properties.env.additionalProperties,data:data5};
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
const err9 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.env.type,parentSchema:schema32.properties.env,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.cwd !== undefined){
let data6 = data.cwd;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err10 = {instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.cwd,data:data6};
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
const err11 = {instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.cwd.type,parentSchema:schema32.properties.cwd,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.url !== undefined){
let data7 = data.url;
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema32.properties.url,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(formats0(data7))){
const err13 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema32.properties.url,data:data7};
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
const err14 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.url.type,parentSchema:schema32.properties.url,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.headers !== undefined){
let data8 = data.headers;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
const _errs22 = errors;
if(typeof key3 === "string"){
if(!pattern7.test(key3)){
const err15 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},message:"must match pattern \""+"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"+"\"",schema:"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$",parentSchema:schema32.properties.headers.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid5 = _errs22 === errors;
if(!valid5){
const err16 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema32.properties.headers.propertyNames,parentSchema:schema32.properties.headers,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key4 in data8){
let data9 = data8[key4];
if(typeof data9 !== "string"){
const err17 = {instancePath:instancePath+"/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.headers.additionalProperties.type,parentSchema:schema32.properties.headers.additionalProperties,data:data9};
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
const err18 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.headers.type,parentSchema:schema32.properties.headers,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.enabled !== undefined){
let data10 = data.enabled;
if(typeof data10 !== "boolean"){
const err19 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.enabled.type,parentSchema:schema32.properties.enabled,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.enabled_tools !== undefined){
let data11 = data.enabled_tools;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err20 = {instancePath:instancePath+"/enabled_tools/" + i1,schemaPath:"#/$defs/ToolNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.items,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/enabled_tools/" + i1,schemaPath:"#/$defs/ToolNames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.items.type,parentSchema:schema33.items,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i2 = data11.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data11[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err22 = {instancePath:instancePath+"/enabled_tools",schemaPath:"#/$defs/ToolNames/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err23 = {instancePath:instancePath+"/enabled_tools",schemaPath:"#/$defs/ToolNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.type,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.disabled_tools !== undefined){
let data13 = data.disabled_tools;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i3=0; i3<len2; i3++){
let data14 = data13[i3];
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err24 = {instancePath:instancePath+"/disabled_tools/" + i3,schemaPath:"#/$defs/ToolNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.items,data:data14};
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
const err25 = {instancePath:instancePath+"/disabled_tools/" + i3,schemaPath:"#/$defs/ToolNames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.items.type,parentSchema:schema33.items,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i4 = data13.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data13[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err26 = {instancePath:instancePath+"/disabled_tools",schemaPath:"#/$defs/ToolNames/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err27 = {instancePath:instancePath+"/disabled_tools",schemaPath:"#/$defs/ToolNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.type,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.startup_timeout_sec !== undefined){
let data15 = data.startup_timeout_sec;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 3600 || isNaN(data15)){
const err28 = {instancePath:instancePath+"/startup_timeout_sec",schemaPath:"#/properties/startup_timeout_sec/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.startup_timeout_sec,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data15 <= 0 || isNaN(data15)){
const err29 = {instancePath:instancePath+"/startup_timeout_sec",schemaPath:"#/properties/startup_timeout_sec/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.startup_timeout_sec,data:data15};
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
const err30 = {instancePath:instancePath+"/startup_timeout_sec",schemaPath:"#/properties/startup_timeout_sec/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.startup_timeout_sec.type,parentSchema:schema32.properties.startup_timeout_sec,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.tool_timeout_sec !== undefined){
let data16 = data.tool_timeout_sec;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 86400 || isNaN(data16)){
const err31 = {instancePath:instancePath+"/tool_timeout_sec",schemaPath:"#/properties/tool_timeout_sec/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400",schema:86400,parentSchema:schema32.properties.tool_timeout_sec,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data16 <= 0 || isNaN(data16)){
const err32 = {instancePath:instancePath+"/tool_timeout_sec",schemaPath:"#/properties/tool_timeout_sec/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.tool_timeout_sec,data:data16};
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
const err33 = {instancePath:instancePath+"/tool_timeout_sec",schemaPath:"#/properties/tool_timeout_sec/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.tool_timeout_sec.type,parentSchema:schema32.properties.tool_timeout_sec,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
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
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"title":"LintSettings","type":"object","additionalProperties":false,"description":"Lint settings for this file.","properties":{"rules":{"type":"object","description":"Severity per rule id (e.g. policy/unpinned-package: warn). A `prefix/*` key sets every rule under it.","propertyNames":{"pattern":"^(secret|policy)/([a-z0-9-]+|\\*)$"},"additionalProperties":{"$ref":"#/$defs/RuleSeverity"}}}};
const schema39 = {"type":"string","enum":["error","warn","off"]};
const pattern8 = new RegExp("^(secret|policy)/([a-z0-9-]+|\\*)$", "u");

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
if(!pattern8.test(key1)){
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
if(!(((((key0 === "$schema") || (key0 === "version")) || (key0 === "servers")) || (key0 === "policy")) || (key0 === "lint"))){
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
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

