// Runs @getodk/xpath's own test files (getodk/web-forms, packages/xpath/test) and records
// every value assertion they make: the document, the context node, the expression, the kind
// of result asked for, the expected value, and whether @getodk/xpath itself gives it.
//
//   node record-xpath-suite.mjs WEB_FORMS_CHECKOUT > rows.json
//
// The test files are TypeScript written for vitest. esbuild bundles each one with vitest and
// the test helpers replaced: `describe`/`it` collect and run the tests here, and the helpers'
// assert methods (the real ones, from helpers.ts, evaluating with the published
// @getodk/xpath) are wrapped so each call is recorded before it is checked. Node-identity
// assertions (assertNodeSet) and direct `expect(...)` checks are not recorded: they compare
// DOM objects, not values. Called by tests/conformance/extract_xpath_suite.py.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The suite's configuration (packages/xpath/vite.config.ts): Phoenix time (UTC-7, no
// daylight saving) and the en-US locale.
process.env.TZ = 'America/Phoenix';
globalThis.TZ = 'America/Phoenix';
globalThis.LOCALE_ID = 'en-US';

// A fixed clock, as the suite's setup fakes timers: today() and now() rows are reproducible.
export const FIXED_NOW = Date.parse('2024-05-15T10:30:00.000-07:00');
const RealDate = Date;
class FixedDate extends RealDate {
	constructor(...args) {
		if (args.length === 0) super(FIXED_NOW);
		else super(...args);
	}
	static now() {
		return FIXED_NOW;
	}
}
globalThis.Date = FixedDate;

// Some tests draw their data with Math.random(): a seeded generator (mulberry32) makes the
// recorded rows the same on every run.
let seed = 0x5eed;
Math.random = () => {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const here = dirname(fileURLToPath(import.meta.url));
const { JSDOM } = await import('jsdom');
const dom = new JSDOM('<!DOCTYPE html><html></html>');
for (const name of [
	'DOMParser', 'XMLSerializer', 'Node', 'XPathResult', 'Element', 'Attr', 'Document',
	'XMLDocument', 'Text', 'Comment', 'CDATASection', 'ProcessingInstruction', 'NodeFilter',
]) {
	globalThis[name] = dom.window[name];
}
globalThis.window = dom.window;
globalThis.document = dom.window.document;
// @getodk/xpath's build reads these CommonJS names when it loads its grammar.
globalThis.__dirname = join(here, 'node_modules/@getodk/xpath/dist');
globalThis.module = {};

const esbuild = await import('esbuild');
const checkout = resolve(process.argv[2] ?? '.');
const testRoot = join(checkout, 'packages/xpath/test');

// ---- vitest, enough of it to run the suite ----------------------------------------------
let scope = { name: '', parent: null, before: [], after: [], tests: [], children: [] };
const rootScope = scope;

const title = (template, args) => {
	let index = 0;
	const row = args[0];
	return String(template)
		.replace(/%[sdifjo]/g, () => String(args[index++]))
		.replace(/\$([a-zA-Z_]\w*)/g, (whole, key) =>
			row && typeof row === 'object' && key in row ? String(row[key]) : whole
		);
};
const asArgs = (row) => (Array.isArray(row) ? row : [row]);

const addTest = (name, fn, mode) => scope.tests.push({ name, fn, mode });
const it = (name, fn) => addTest(name, fn, 'run');
it.skip = (name, fn) => addTest(name, fn, 'skip');
it.todo = (name) => addTest(name, null, 'skip');
it.fails = (name, fn) => addTest(name, fn, 'fails');
it.only = it;
it.fails.skip = it.skip;
it.skip.fails = it.skip;
it.todo.fails = it.skip;
const eachOf = (mode) => (table) => (name, fn) => {
	for (const row of table) addTest(title(name, asArgs(row)), () => fn(...asArgs(row)), mode);
};
it.each = eachOf('run');
it.fails.each = eachOf('fails');
it.skip.each = eachOf('skip');

const describe = (name, fn, mode = 'run') => {
	const child = { name, parent: scope, before: [], after: [], tests: [], children: [], mode };
	scope.children.push(child);
	const saved = scope;
	scope = child;
	try {
		fn?.();
	} finally {
		scope = saved;
	}
};
describe.skip = (name, fn) => describe(name, fn, 'skip');
describe.todo = (name) => describe(name, null, 'skip');
describe.only = describe;
describe.each = (table) => (name, fn) => {
	for (const row of table) describe(title(name, asArgs(row)), () => fn(...asArgs(row)));
};

const beforeEach = (fn) => scope.before.push(fn);
const afterEach = (fn) => scope.after.push(fn);
const beforeAll = (fn) => scope.before.push(fn);

class ExpectationFailed extends Error {}
const fail = (message) => {
	throw new ExpectationFailed(message);
};
const matchers = (actual, negate) => {
	const check = (ok, what) => {
		if (Boolean(ok) === negate) fail(`expected ${String(actual)} ${negate ? 'not ' : ''}${what}`);
	};
	return {
		toEqual: (expected) => check(isDeepStrictEqual(actual, expected), `to equal ${expected}`),
		toStrictEqual: (expected) => check(isDeepStrictEqual(actual, expected), 'to equal'),
		toBe: (expected) => check(Object.is(actual, expected), `to be ${expected}`),
		toBeNaN: () => check(Number.isNaN(actual), 'to be NaN'),
		toMatch: (pattern) =>
			check(typeof pattern === 'string' ? actual.includes(pattern) : pattern.test(actual), 'to match'),
		toBeNull: () => check(actual === null, 'to be null'),
		toBeUndefined: () => check(actual === undefined, 'to be undefined'),
		toBeDefined: () => check(actual !== undefined, 'to be defined'),
		toBeTruthy: () => check(actual, 'to be truthy'),
		toBeFalsy: () => check(!actual, 'to be falsy'),
		toBeInstanceOf: (type) => check(actual instanceof type, 'to be an instance'),
		toHaveLength: (length) => check(actual?.length === length, `to have length ${length}`),
		toContain: (item) => check(actual?.includes?.(item), 'to contain'),
		toBeGreaterThan: (value) => check(actual > value, `> ${value}`),
		toBeLessThan: (value) => check(actual < value, `< ${value}`),
		toBeCloseTo: (value, digits = 2) =>
			check(Math.abs(actual - value) < 10 ** -digits / 2, `close to ${value}`),
		toThrow: () => {
			let threw = false;
			try {
				actual();
			} catch {
				threw = true;
			}
			check(threw, 'to throw');
		},
		toThrowError: () => matchers(actual, negate).toThrow(),
		toMatchObject: () => undefined,
		toHaveProperty: (key) => check(actual != null && key in Object(actual), `to have ${key}`),
	};
};
const expect = (actual) => {
	const positive = matchers(actual, false);
	positive.not = matchers(actual, true);
	return positive;
};
const assert = (value, message) => value || fail(message ?? 'assertion failed');
assert.fail = fail;
const vi = { useFakeTimers: () => undefined, useRealTimers: () => undefined };
globalThis.__vitest = { it, test: it, describe, beforeEach, afterEach, beforeAll, expect, assert, vi };

// ---- recording the helpers' assertions -----------------------------------------------------
const rows = [];
let current = null;
const serializer = new XMLSerializer();

const stepsTo = (node) => {
	// Steps from the document down to the node: [localName, position among same-named
	// element siblings]; an attribute, text, comment or processing-instruction node ends the
	// path with '@name', 'text()[k]', 'comment()[k]' or 'processing-instruction()[k]'.
	const steps = [];
	let at = node;
	const special = { [Node.COMMENT_NODE]: 'comment', [Node.PROCESSING_INSTRUCTION_NODE]: 'processing-instruction' };
	if (special[at.nodeType] && at.parentNode?.nodeType === Node.ELEMENT_NODE) {
		const same = [...at.parentNode.childNodes].filter((n) => n.nodeType === at.nodeType);
		steps.unshift(`${special[at.nodeType]}()[${same.indexOf(at) + 1}]`);
		at = at.parentNode;
	} else if (at.nodeType === Node.ATTRIBUTE_NODE) {
		steps.unshift(`@${at.localName}`);
		at = at.ownerElement;
	} else if (at.nodeType === Node.TEXT_NODE || at.nodeType === Node.CDATA_SECTION_NODE) {
		const texts = [...at.parentNode.childNodes].filter(
			(n) => n.nodeType === Node.TEXT_NODE || n.nodeType === Node.CDATA_SECTION_NODE
		);
		steps.unshift(`text()[${texts.indexOf(at) + 1}]`);
		at = at.parentNode;
	} else if (at.nodeType !== Node.ELEMENT_NODE && at.nodeType !== Node.DOCUMENT_NODE) {
		return null;
	}
	while (at && at.nodeType === Node.ELEMENT_NODE) {
		const same = [...at.parentNode.children].filter((n) => n.localName === at.localName);
		steps.unshift(`${at.localName}[${same.indexOf(at) + 1}]`);
		at = at.parentNode;
	}
	return '/' + steps.join('/');
};

// What the evaluation's namespace resolver makes of each prefix the expression may use ('':
// an unprefixed name). null when the resolver is a node: the prefixes declared at it.
const resolvedPrefixes = (resolver, expression) => {
	if (resolver instanceof Node) return null;
	const prefixes = new Set(['', ...[...expression.matchAll(/([A-Za-z_][\w.-]*):(?!:)/g)].map((m) => m[1])]);
	const resolved = {};
	for (const prefix of [...prefixes].sort()) {
		const uri = resolver.lookupNamespaceURI(prefix === '' ? null : prefix);
		if (uri != null) resolved[prefix] = uri;
	}
	return resolved;
};

const resultOf = (context, kind, expression, node) => {
	const type = { boolean: 3, number: 1, string: 2 }[kind];
	try {
		const result = context.evaluate(expression, node, type);
		const value = kind === 'boolean' ? result.booleanValue : kind === 'number' ? result.numberValue : result.stringValue;
		return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
	} catch (error) {
		return { error: String(error?.message ?? error).slice(0, 200) };
	}
};

const KINDS = {
	assertBooleanValue: 'boolean',
	assertNumberValue: 'number',
	assertNumberRounded: 'number',
	assertStringValue: 'string',
	assertStringLength: 'string',
	assertStringMatches: 'string',
};

const wrapHelpers = (TestContext) => {
	for (const [method, kind] of Object.entries(KINDS)) {
		const original = TestContext.prototype[method];
		TestContext.prototype[method] = function (expression, expected, ...rest) {
			const options = (method === 'assertNumberRounded' ? rest[1] : rest[0]) ?? {};
			const node = options.contextNode ?? this.defaultContextNode;
			const row = {
				file: current.file,
				test: current.name,
				odk_marks_failing: current.mode === 'fails',
				assertion: method,
				kind,
				expression,
				expected:
					expected instanceof RegExp
						? { pattern: expected.source, flags: expected.flags }
						: typeof expected === 'number' && !Number.isFinite(expected)
							? String(expected)
							: expected,
				factor: method === 'assertNumberRounded' ? rest[0] : undefined,
				xforms: this.xforms === true,
				language: this.evaluator.getActiveLanguage?.() ?? null,
				document: serializer.serializeToString(this.document),
				context: stepsTo(node),
				namespaces: resolvedPrefixes(options.namespaceResolver ?? this.namespaceResolver ?? node, expression),
				// The node absolute paths start from: the document, or (XForms) an <instance>.
				root: stepsTo(this.evaluator.rootNode ?? this.document),
				odk_value: resultOf(this, kind, expression, node),
			};
			try {
				original.call(this, expression, expected, ...rest);
				row.odk_passes = true;
			} catch {
				row.odk_passes = false;
			}
			rows.push(row);
		};
	}
};
globalThis.__wrapHelpers = wrapHelpers;

// ---- bundling each test file ---------------------------------------------------------------
const xpathEntry = join(here, 'node_modules/@getodk/xpath/dist/index.js');
const redirect = {
	name: 'redirect',
	setup(build) {
		build.onResolve({ filter: /^vitest$/ }, () => ({ path: 'vitest', namespace: 'stub' }));
		// @getodk/common is the repository's own package: its sources sit in packages/common.
		build.onResolve({ filter: /^@getodk\/common\// }, (args) => {
			const rest = args.path.slice('@getodk/common/'.length);
			const base = rest.startsWith('test-utils/') ? '' : 'src';
			return { path: join(checkout, 'packages/common', base, rest) };
		});
		build.onResolve({ filter: /\/src\// }, (args) =>
			args.importer.includes('/packages/common/') ? undefined : { path: xpathEntry }
		);
		build.onLoad({ filter: /^vitest$/, namespace: 'stub' }, () => ({
			contents:
				'export const { it, test, describe, beforeEach, afterEach, beforeAll, expect, assert, vi } = globalThis.__vitest;',
			loader: 'js',
		}));
		build.onLoad({ filter: /helpers\.ts$/ }, (args) => ({
			contents: readFileSync(args.path, 'utf8') + '\nglobalThis.__wrapHelpers(TestContext);\n',
			loader: 'ts',
		}));
	},
};

const runScope = async (node, file, names = [], before = [], after = []) => {
	if (node.mode === 'skip') return;
	const path = node.name ? [...names, node.name] : names;
	const allBefore = [...before, ...node.before];
	const allAfter = [...node.after, ...after];
	for (const test of node.tests) {
		if (test.mode === 'skip') continue;
		current = { file, name: [...path, test.name].join(' > '), mode: test.mode };
		try {
			for (const hook of allBefore) await hook();
			await test.fn();
		} catch {
			// A failing test still leaves its recorded assertions, each with odk_passes.
		}
		for (const hook of allAfter) await hook();
	}
	for (const child of node.children) await runScope(child, file, path, allBefore, allAfter);
};

const files = ['native', 'xforms'].flatMap((folder) =>
	readdirSync(join(testRoot, folder))
		.filter((name) => name.endsWith('.test.ts'))
		.sort()
		.map((name) => join(folder, name))
);
const { XFormsXPathEvaluator } = await import(xpathEntry);
if (XFormsXPathEvaluator == null) throw new Error('@getodk/xpath did not load');
const scratch = mkdtempSync(join(tmpdir(), 'xpath-suite-'));
for (const file of files) {
	rootScope.children = [];
	rootScope.tests = [];
	const bundle = await esbuild.build({
		entryPoints: [join(testRoot, file)],
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'node',
		external: [xpathEntry],
		plugins: [redirect],
		logLevel: 'silent',
	});
	const bundled = join(scratch, file.replace(/[\/]/g, '-') + '.mjs');
	writeFileSync(bundled, bundle.outputFiles[0].text);
	await import(pathToFileURL(bundled).href);
	await runScope(rootScope, file);
}
rmSync(scratch, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ fixed_now: new RealDate(FIXED_NOW).toISOString(), time_zone: 'America/Phoenix', rows }));
