// Fills an XForm with ODK Web Forms' engine (@getodk/xforms-engine) and prints the instance.
//
//   node fill-xforms-engine.mjs < job.json > result.json
//
// job.json: {"xform": "<h:html ...>", "attachments": {"areas.csv": "..."},
//            "now": "2026-03-14T10:00:00.000Z", "time_zone": "Etc/GMT-2",
//            "runs": [{"name": "...", "language": "Français (fr)" or null,
//                      "steps": [["answer", "/data/age", "34"],
//                                                ["add", "/data/journey"],
//                                                ["remove", "/data/journey", "1"], ...]}]}
// Each run starts a fresh instance and applies its steps in order: "answer" sets a question
// from its instance text (a select_multiple's names space-separated), "add" adds one entry to
// an open-ended repeat, "remove" removes entry N (from 1). The result gives, per run, the instance XML ODK would submit and the
// steps it refused. Called by tests/conformance/differential.py.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The packages npm ci installed: beside this file, or where FIELDAPP_ODK_NODE_MODULES says.
const modules =
	process.env.FIELDAPP_ODK_NODE_MODULES ?? join(dirname(fileURLToPath(import.meta.url)), 'node_modules');
const load = (entry) => import(pathToFileURL(join(modules, entry)).href);

const job = JSON.parse(readFileSync(0, 'utf8'));
// The clock and zone of the scenario, set before anything reads them.
process.env.TZ = job.time_zone ?? 'UTC';
if (job.now) {
	const fixed = Date.parse(job.now);
	const RealDate = Date;
	globalThis.Date = class extends RealDate {
		constructor(...args) {
			if (args.length === 0) super(fixed);
			else super(...args);
		}
		static now() {
			return fixed;
		}
	};
	// Temporal.Now (today(), now() in the engine) reads the clock through this.
	const { Temporal } = await load('temporal-polyfill/index.js');
	Temporal.Now.instant = () => Temporal.Instant.fromEpochMilliseconds(fixed);
}

const { JSDOM } = await load('jsdom/lib/api.js');
const dom = new JSDOM('<!DOCTYPE html><html></html>');
for (const name of ['DOMParser', 'XMLSerializer', 'Node', 'XPathResult', 'Element', 'Document']) {
	globalThis[name] = dom.window[name];
}
globalThis.window = dom.window;
globalThis.document = dom.window.document;

// The bundled XPath parser reads these CommonJS names when it loads its grammar.
globalThis.__dirname = join(modules, '@getodk/xforms-engine/dist');
globalThis.module = {};
const { loadForm } = await load('@getodk/xforms-engine/dist/index.js');

const fetchFormAttachment = async (url) => {
	const name = String(url).split('/').pop();
	const body = job.attachments?.[name];
	if (body == null) {
		return new Response('', { status: 404 });
	}
	const type = name.endsWith('.csv') ? 'text/csv' : 'text/xml';
	return new Response(body, { status: 200, headers: { 'Content-Type': type } });
};

const byReference = (root) => {
	const found = new Map();
	const walk = (node) => {
		found.set(node.currentState.reference, node);
		for (const child of node.currentState.children ?? []) walk(child);
	};
	walk(root);
	return found;
};

const setFromText = (node, text) => {
	switch (node.nodeType) {
		case 'select':
			return node.selectValues(text === '' ? [] : text.split(' '));
		case 'rank':
			return node.setValues(text === '' ? [] : text.split(' '));
		case 'trigger':
			return node.setValue(text !== '');
		case 'input':
		case 'range': {
			const type = node.valueType;
			if (text === '') return node.setValue(null);
			if (type === 'int') return node.setValue(BigInt(text));
			if (type === 'decimal') return node.setValue(Number(text));
			return node.setValue(text);
		}
		default:
			throw new Error(`cannot answer a ${node.nodeType} node`);
	}
};

const form = await loadForm(job.xform, { fetchFormAttachment });
if (form.status === 'failure') throw form.error;
const results = [];
for (const run of job.runs) {
	const instance = form.createInstance();
	const root = instance.root;
	const refused = [];
	if (run.language) {
		// The scenario's language: labels that calculations read (jr:itext) follow it.
		const language = root.languages.find((candidate) => candidate.language === run.language);
		if (language == null) refused.push(['language', run.language, 'not in the form']);
		else root.setLanguage(language);
	}
	for (const [kind, path, text] of run.steps) {
		try {
			const node = byReference(root).get(path);
			if (node == null) throw new Error('no such node');
			if (kind === 'add') node.addInstances();
			else if (kind === 'remove') node.removeInstances(Number(text) - 1);
			else setFromText(node, text);
		} catch (error) {
			refused.push([kind, path, String(error?.message ?? error).slice(0, 200)]);
		}
	}
	const relevant = [];
	for (const [reference, node] of byReference(root)) {
		if (node.currentState.relevant) relevant.push(reference);
	}
	results.push({ name: run.name, xml: root.instanceState.instanceXML, refused, relevant });
}
process.stdout.write(JSON.stringify(results));
