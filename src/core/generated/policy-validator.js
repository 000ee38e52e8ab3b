// Generated from schema/policy.schema.json by scripts/gen-validator.mjs. Do not edit by hand.
// @ts-nocheck
import { createRequire } from 'node:module';
const __require = createRequire(import.meta.url);

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcpctl.dev/schema/policy.schema.json","title":"PolicyFile","description":"An organisation's MCP policy for mcpctl lint. It can only tighten what mcp.yaml asks for.","type":"object","additionalProperties":false,"required":["version"],"properties":{"$schema":{"type":"string"},"version":{"const":1},"rules":{"type":"object","description":"Minimum severity per rule id or `prefix/*`; mcp.yaml may raise but never lower it.","propertyNames":{"pattern":"^(secret|policy)/([a-z0-9-]+|\\*)$"},"additionalProperties":{"type":"string","enum":["error","warn","off"]}},"allow_suppressions":{"type":"array","description":"Rules (ids or `prefix/*`) whose findings an `mcpctl:allow` comment or a scan baseline may still silence although `rules` sets a floor for them. A rule with a floor that is not listed here cannot be silenced: the floor holds against suppression comments, baselines and mcp.yaml's `lint.rules` alike. Rules without a floor can always be silenced.","items":{"type":"string","pattern":"^(secret|policy)/([a-z0-9-]+|\\*)$"},"uniqueItems":true},"servers":{"type":"object","additionalProperties":false,"description":"Which MCP servers may run, by name, command line or URL. mcpctl lint and policy check apply it to mcp.yaml and to the clients' files; mcpctl policy render compiles it to the file each client enforces itself.","properties":{"allow":{"type":"array","description":"If present, a server must match one of these entries (an empty list allows none).","items":{"$ref":"#/$defs/ServerMatch"}},"deny":{"type":"array","description":"A server that matches one of these entries may not run, whatever allow says.","items":{"$ref":"#/$defs/ServerMatch"}}}},"commands":{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"Allowed commands: basenames (npx), absolute paths (/opt/mcp/bin/x) or globs (/opt/mcp/*)."}}},"env":{"type":"object","additionalProperties":false,"properties":{"deny":{"type":"array","items":{"type":"string","minLength":1},"description":"Environment keys servers may not set, in addition to the built-in list (globs allowed: DYLD_*)."}}},"timeouts":{"type":"object","additionalProperties":false,"properties":{"startup_max_sec":{"type":"number","exclusiveMinimum":0},"tool_max_sec":{"type":"number","exclusiveMinimum":0}}},"remote":{"type":"object","additionalProperties":false,"properties":{"hosts":{"type":"array","items":{"type":"string","minLength":1},"description":"Allowed hosts for url servers (globs: *.acme.dev)."}}}},"$defs":{"ServerMatch":{"type":"object","additionalProperties":false,"minProperties":1,"description":"A server matches when every key given here matches it.","properties":{"name":{"type":"string","minLength":1,"description":"The server's name in the client's file; `*` matches any run of characters (github, internal-*)."},"command":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"The whole command line of a local server, [command, ...args], compared exactly (each word may use `*`)."},"url":{"type":"string","minLength":1,"description":"A remote server's URL; `*` matches any run of characters (https://mcp.acme.dev/*)."}}}}};
const schema32 = {"type":"object","additionalProperties":false,"minProperties":1,"description":"A server matches when every key given here matches it.","properties":{"name":{"type":"string","minLength":1,"description":"The server's name in the client's file; `*` matches any run of characters (github, internal-*)."},"command":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"The whole command line of a local server, [command, ...args], compared exactly (each word may use `*`)."},"url":{"type":"string","minLength":1,"description":"A remote server's URL; `*` matches any run of characters (https://mcp.acme.dev/*)."}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = __require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^(secret|policy)/([a-z0-9-]+|\\*)$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mcpctl.dev/schema/policy.schema.json" */;
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
if(data.rules !== undefined){
let data2 = data.rules;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs7 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err4 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(secret|policy)/([a-z0-9-]+|\\*)$"},message:"must match pattern \""+"^(secret|policy)/([a-z0-9-]+|\\*)$"+"\"",schema:"^(secret|policy)/([a-z0-9-]+|\\*)$",parentSchema:schema31.properties.rules.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
const err5 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema31.properties.rules.propertyNames,parentSchema:schema31.properties.rules,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.rules.additionalProperties.type,parentSchema:schema31.properties.rules.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data3 === "error") || (data3 === "warn")) || (data3 === "off"))){
const err7 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.additionalProperties.enum,parentSchema:schema31.properties.rules.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.type,parentSchema:schema31.properties.rules,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.allow_suppressions !== undefined){
let data4 = data.allow_suppressions;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err9 = {instancePath:instancePath+"/allow_suppressions/" + i0,schemaPath:"#/properties/allow_suppressions/items/pattern",keyword:"pattern",params:{pattern: "^(secret|policy)/([a-z0-9-]+|\\*)$"},message:"must match pattern \""+"^(secret|policy)/([a-z0-9-]+|\\*)$"+"\"",schema:"^(secret|policy)/([a-z0-9-]+|\\*)$",parentSchema:schema31.properties.allow_suppressions.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/allow_suppressions/" + i0,schemaPath:"#/properties/allow_suppressions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.allow_suppressions.items.type,parentSchema:schema31.properties.allow_suppressions.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err11 = {instancePath:instancePath+"/allow_suppressions",schemaPath:"#/properties/allow_suppressions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.allow_suppressions,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err12 = {instancePath:instancePath+"/allow_suppressions",schemaPath:"#/properties/allow_suppressions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.allow_suppressions.type,parentSchema:schema31.properties.allow_suppressions,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.servers !== undefined){
let data6 = data.servers;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!((key3 === "allow") || (key3 === "deny"))){
const err13 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.servers,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.allow !== undefined){
let data7 = data6.allow;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i2=0; i2<len1; i2++){
let data8 = data7[i2];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length < 1){
const err14 = {instancePath:instancePath+"/servers/allow/" + i2,schemaPath:"#/$defs/ServerMatch/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key4 in data8){
if(!(((key4 === "name") || (key4 === "command")) || (key4 === "url"))){
const err15 = {instancePath:instancePath+"/servers/allow/" + i2,schemaPath:"#/$defs/ServerMatch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.name !== undefined){
let data9 = data8.name;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err16 = {instancePath:instancePath+"/servers/allow/" + i2+"/name",schemaPath:"#/$defs/ServerMatch/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.name,data:data9};
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
const err17 = {instancePath:instancePath+"/servers/allow/" + i2+"/name",schemaPath:"#/$defs/ServerMatch/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.command !== undefined){
let data10 = data8.command;
if(Array.isArray(data10)){
if(data10.length < 1){
const err18 = {instancePath:instancePath+"/servers/allow/" + i2+"/command",schemaPath:"#/$defs/ServerMatch/properties/command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.command,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len2 = data10.length;
for(let i3=0; i3<len2; i3++){
let data11 = data10[i3];
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err19 = {instancePath:instancePath+"/servers/allow/" + i2+"/command/" + i3,schemaPath:"#/$defs/ServerMatch/properties/command/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.command.items,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/servers/allow/" + i2+"/command/" + i3,schemaPath:"#/$defs/ServerMatch/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.command.items.type,parentSchema:schema32.properties.command.items,data:data11};
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
const err21 = {instancePath:instancePath+"/servers/allow/" + i2+"/command",schemaPath:"#/$defs/ServerMatch/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.command.type,parentSchema:schema32.properties.command,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.url !== undefined){
let data12 = data8.url;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err22 = {instancePath:instancePath+"/servers/allow/" + i2+"/url",schemaPath:"#/$defs/ServerMatch/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.url,data:data12};
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
const err23 = {instancePath:instancePath+"/servers/allow/" + i2+"/url",schemaPath:"#/$defs/ServerMatch/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.url.type,parentSchema:schema32.properties.url,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/servers/allow/" + i2,schemaPath:"#/$defs/ServerMatch/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data8};
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
const err25 = {instancePath:instancePath+"/servers/allow",schemaPath:"#/properties/servers/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.servers.properties.allow.type,parentSchema:schema31.properties.servers.properties.allow,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.deny !== undefined){
let data13 = data6.deny;
if(Array.isArray(data13)){
const len3 = data13.length;
for(let i4=0; i4<len3; i4++){
let data14 = data13[i4];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(Object.keys(data14).length < 1){
const err26 = {instancePath:instancePath+"/servers/deny/" + i4,schemaPath:"#/$defs/ServerMatch/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key5 in data14){
if(!(((key5 === "name") || (key5 === "command")) || (key5 === "url"))){
const err27 = {instancePath:instancePath+"/servers/deny/" + i4,schemaPath:"#/$defs/ServerMatch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data14.name !== undefined){
let data15 = data14.name;
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err28 = {instancePath:instancePath+"/servers/deny/" + i4+"/name",schemaPath:"#/$defs/ServerMatch/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.name,data:data15};
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
const err29 = {instancePath:instancePath+"/servers/deny/" + i4+"/name",schemaPath:"#/$defs/ServerMatch/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data14.command !== undefined){
let data16 = data14.command;
if(Array.isArray(data16)){
if(data16.length < 1){
const err30 = {instancePath:instancePath+"/servers/deny/" + i4+"/command",schemaPath:"#/$defs/ServerMatch/properties/command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.command,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len4 = data16.length;
for(let i5=0; i5<len4; i5++){
let data17 = data16[i5];
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err31 = {instancePath:instancePath+"/servers/deny/" + i4+"/command/" + i5,schemaPath:"#/$defs/ServerMatch/properties/command/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.command.items,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/servers/deny/" + i4+"/command/" + i5,schemaPath:"#/$defs/ServerMatch/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.command.items.type,parentSchema:schema32.properties.command.items,data:data17};
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
const err33 = {instancePath:instancePath+"/servers/deny/" + i4+"/command",schemaPath:"#/$defs/ServerMatch/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.command.type,parentSchema:schema32.properties.command,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data14.url !== undefined){
let data18 = data14.url;
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err34 = {instancePath:instancePath+"/servers/deny/" + i4+"/url",schemaPath:"#/$defs/ServerMatch/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.url,data:data18};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/servers/deny/" + i4+"/url",schemaPath:"#/$defs/ServerMatch/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.url.type,parentSchema:schema32.properties.url,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/servers/deny/" + i4,schemaPath:"#/$defs/ServerMatch/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data14};
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
const err37 = {instancePath:instancePath+"/servers/deny",schemaPath:"#/properties/servers/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.servers.properties.deny.type,parentSchema:schema31.properties.servers.properties.deny,data:data13};
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
const err38 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.servers.type,parentSchema:schema31.properties.servers,data:data6};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.commands !== undefined){
let data19 = data.commands;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key6 in data19){
if(!(key6 === "allow")){
const err39 = {instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.commands,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data19.allow !== undefined){
let data20 = data19.allow;
if(Array.isArray(data20)){
const len5 = data20.length;
for(let i6=0; i6<len5; i6++){
let data21 = data20[i6];
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err40 = {instancePath:instancePath+"/commands/allow/" + i6,schemaPath:"#/properties/commands/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.commands.properties.allow.items,data:data21};
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
const err41 = {instancePath:instancePath+"/commands/allow/" + i6,schemaPath:"#/properties/commands/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.commands.properties.allow.items.type,parentSchema:schema31.properties.commands.properties.allow.items,data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/commands/allow",schemaPath:"#/properties/commands/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.commands.properties.allow.type,parentSchema:schema31.properties.commands.properties.allow,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.commands.type,parentSchema:schema31.properties.commands,data:data19};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.env !== undefined){
let data22 = data.env;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key7 in data22){
if(!(key7 === "deny")){
const err44 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.env,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data22.deny !== undefined){
let data23 = data22.deny;
if(Array.isArray(data23)){
const len6 = data23.length;
for(let i7=0; i7<len6; i7++){
let data24 = data23[i7];
if(typeof data24 === "string"){
if(func2(data24) < 1){
const err45 = {instancePath:instancePath+"/env/deny/" + i7,schemaPath:"#/properties/env/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.env.properties.deny.items,data:data24};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/env/deny/" + i7,schemaPath:"#/properties/env/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.env.properties.deny.items.type,parentSchema:schema31.properties.env.properties.deny.items,data:data24};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/env/deny",schemaPath:"#/properties/env/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.env.properties.deny.type,parentSchema:schema31.properties.env.properties.deny,data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.env.type,parentSchema:schema31.properties.env,data:data22};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.timeouts !== undefined){
let data25 = data.timeouts;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key8 in data25){
if(!((key8 === "startup_max_sec") || (key8 === "tool_max_sec"))){
const err49 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.timeouts,data:data25};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data25.startup_max_sec !== undefined){
let data26 = data25.startup_max_sec;
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 <= 0 || isNaN(data26)){
const err50 = {instancePath:instancePath+"/timeouts/startup_max_sec",schemaPath:"#/properties/timeouts/properties/startup_max_sec/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.timeouts.properties.startup_max_sec,data:data26};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/timeouts/startup_max_sec",schemaPath:"#/properties/timeouts/properties/startup_max_sec/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.timeouts.properties.startup_max_sec.type,parentSchema:schema31.properties.timeouts.properties.startup_max_sec,data:data26};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data25.tool_max_sec !== undefined){
let data27 = data25.tool_max_sec;
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 <= 0 || isNaN(data27)){
const err52 = {instancePath:instancePath+"/timeouts/tool_max_sec",schemaPath:"#/properties/timeouts/properties/tool_max_sec/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.timeouts.properties.tool_max_sec,data:data27};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/timeouts/tool_max_sec",schemaPath:"#/properties/timeouts/properties/tool_max_sec/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.timeouts.properties.tool_max_sec.type,parentSchema:schema31.properties.timeouts.properties.tool_max_sec,data:data27};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.timeouts.type,parentSchema:schema31.properties.timeouts,data:data25};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.remote !== undefined){
let data28 = data.remote;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key9 in data28){
if(!(key9 === "hosts")){
const err55 = {instancePath:instancePath+"/remote",schemaPath:"#/properties/remote/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.remote,data:data28};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data28.hosts !== undefined){
let data29 = data28.hosts;
if(Array.isArray(data29)){
const len7 = data29.length;
for(let i8=0; i8<len7; i8++){
let data30 = data29[i8];
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err56 = {instancePath:instancePath+"/remote/hosts/" + i8,schemaPath:"#/properties/remote/properties/hosts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.remote.properties.hosts.items,data:data30};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/remote/hosts/" + i8,schemaPath:"#/properties/remote/properties/hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.remote.properties.hosts.items.type,parentSchema:schema31.properties.remote.properties.hosts.items,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/remote/hosts",schemaPath:"#/properties/remote/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.remote.properties.hosts.type,parentSchema:schema31.properties.remote.properties.hosts,data:data29};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/remote",schemaPath:"#/properties/remote/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.remote.type,parentSchema:schema31.properties.remote,data:data28};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

