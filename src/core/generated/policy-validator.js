// Generated from schema/policy.schema.json by scripts/gen-validator.mjs. Do not edit by hand.
// @ts-nocheck
import { createRequire } from 'node:module';
const __require = createRequire(import.meta.url);

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mcpctl.dev/schema/policy.schema.json","title":"PolicyFile","description":"An organisation's MCP policy for mcpctl lint. It can only tighten what mcp.yaml asks for.","type":"object","additionalProperties":false,"required":["version"],"properties":{"$schema":{"type":"string"},"version":{"const":1},"rules":{"type":"object","description":"Minimum severity per rule id or `prefix/*`; mcp.yaml may raise but never lower it.","propertyNames":{"pattern":"^(secret|policy)/([a-z0-9-]+|\\*)$"},"additionalProperties":{"type":"string","enum":["error","warn","off"]}},"allow_suppressions":{"type":"array","description":"Rules (ids or `prefix/*`) whose findings an `mcpctl:allow` comment or a scan baseline may still silence although `rules` sets a floor for them. A rule with a floor that is not listed here cannot be silenced: the floor holds against suppression comments, baselines and mcp.yaml's `lint.rules` alike. Rules without a floor can always be silenced.","items":{"type":"string","pattern":"^(secret|policy)/([a-z0-9-]+|\\*)$"},"uniqueItems":true},"commands":{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"Allowed commands: basenames (npx), absolute paths (/opt/mcp/bin/x) or globs (/opt/mcp/*)."}}},"env":{"type":"object","additionalProperties":false,"properties":{"deny":{"type":"array","items":{"type":"string","minLength":1},"description":"Environment keys servers may not set, in addition to the built-in list (globs allowed: DYLD_*)."}}},"timeouts":{"type":"object","additionalProperties":false,"properties":{"startup_max_sec":{"type":"number","exclusiveMinimum":0},"tool_max_sec":{"type":"number","exclusiveMinimum":0}}},"remote":{"type":"object","additionalProperties":false,"properties":{"hosts":{"type":"array","items":{"type":"string","minLength":1},"description":"Allowed hosts for url servers (globs: *.acme.dev)."}}}}};
const pattern4 = new RegExp("^(secret|policy)/([a-z0-9-]+|\\*)$", "u");
const func1 = __require("ajv/dist/runtime/ucs2length").default;

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
if(!((((((((key0 === "$schema") || (key0 === "version")) || (key0 === "rules")) || (key0 === "allow_suppressions")) || (key0 === "commands")) || (key0 === "env")) || (key0 === "timeouts")) || (key0 === "remote"))){
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
if(data.commands !== undefined){
let data6 = data.commands;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!(key3 === "allow")){
const err13 = {instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.commands,data:data6};
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
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err14 = {instancePath:instancePath+"/commands/allow/" + i2,schemaPath:"#/properties/commands/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.commands.properties.allow.items,data:data8};
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
const err15 = {instancePath:instancePath+"/commands/allow/" + i2,schemaPath:"#/properties/commands/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.commands.properties.allow.items.type,parentSchema:schema31.properties.commands.properties.allow.items,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/commands/allow",schemaPath:"#/properties/commands/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.commands.properties.allow.type,parentSchema:schema31.properties.commands.properties.allow,data:data7};
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
const err17 = {instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.commands.type,parentSchema:schema31.properties.commands,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.env !== undefined){
let data9 = data.env;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key4 in data9){
if(!(key4 === "deny")){
const err18 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.env,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.deny !== undefined){
let data10 = data9.deny;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i3=0; i3<len2; i3++){
let data11 = data10[i3];
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err19 = {instancePath:instancePath+"/env/deny/" + i3,schemaPath:"#/properties/env/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.env.properties.deny.items,data:data11};
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
const err20 = {instancePath:instancePath+"/env/deny/" + i3,schemaPath:"#/properties/env/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.env.properties.deny.items.type,parentSchema:schema31.properties.env.properties.deny.items,data:data11};
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
const err21 = {instancePath:instancePath+"/env/deny",schemaPath:"#/properties/env/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.env.properties.deny.type,parentSchema:schema31.properties.env.properties.deny,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.env.type,parentSchema:schema31.properties.env,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.timeouts !== undefined){
let data12 = data.timeouts;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key5 in data12){
if(!((key5 === "startup_max_sec") || (key5 === "tool_max_sec"))){
const err23 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.timeouts,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.startup_max_sec !== undefined){
let data13 = data12.startup_max_sec;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 <= 0 || isNaN(data13)){
const err24 = {instancePath:instancePath+"/timeouts/startup_max_sec",schemaPath:"#/properties/timeouts/properties/startup_max_sec/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.timeouts.properties.startup_max_sec,data:data13};
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
const err25 = {instancePath:instancePath+"/timeouts/startup_max_sec",schemaPath:"#/properties/timeouts/properties/startup_max_sec/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.timeouts.properties.startup_max_sec.type,parentSchema:schema31.properties.timeouts.properties.startup_max_sec,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.tool_max_sec !== undefined){
let data14 = data12.tool_max_sec;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 <= 0 || isNaN(data14)){
const err26 = {instancePath:instancePath+"/timeouts/tool_max_sec",schemaPath:"#/properties/timeouts/properties/tool_max_sec/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.timeouts.properties.tool_max_sec,data:data14};
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
const err27 = {instancePath:instancePath+"/timeouts/tool_max_sec",schemaPath:"#/properties/timeouts/properties/tool_max_sec/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.timeouts.properties.tool_max_sec.type,parentSchema:schema31.properties.timeouts.properties.tool_max_sec,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.timeouts.type,parentSchema:schema31.properties.timeouts,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.remote !== undefined){
let data15 = data.remote;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key6 in data15){
if(!(key6 === "hosts")){
const err29 = {instancePath:instancePath+"/remote",schemaPath:"#/properties/remote/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.remote,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data15.hosts !== undefined){
let data16 = data15.hosts;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i4=0; i4<len3; i4++){
let data17 = data16[i4];
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err30 = {instancePath:instancePath+"/remote/hosts/" + i4,schemaPath:"#/properties/remote/properties/hosts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.remote.properties.hosts.items,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/remote/hosts/" + i4,schemaPath:"#/properties/remote/properties/hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.remote.properties.hosts.items.type,parentSchema:schema31.properties.remote.properties.hosts.items,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/remote/hosts",schemaPath:"#/properties/remote/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.remote.properties.hosts.type,parentSchema:schema31.properties.remote.properties.hosts,data:data16};
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
const err33 = {instancePath:instancePath+"/remote",schemaPath:"#/properties/remote/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.remote.type,parentSchema:schema31.properties.remote,data:data15};
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
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

